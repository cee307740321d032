using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StrikeTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StrikeTallies",
                columns: table => new
                {
                    Oblast = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WeaponId = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrikeTallies", x => new { x.Oblast, x.WeaponId, x.OccurredOn, x.LastDay });
                    table.ForeignKey(
                        name: "FK_StrikeTallies_Weapons_WeaponId",
                        column: x => x.WeaponId,
                        principalTable: "Weapons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StrikeTallies_Oblast_OccurredOn_LastDay_WeaponId_Count",
                table: "StrikeTallies",
                columns: new[] { "Oblast", "OccurredOn", "LastDay", "WeaponId", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_StrikeTallies_OccurredOn_LastDay_Count",
                table: "StrikeTallies",
                columns: new[] { "OccurredOn", "LastDay", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_StrikeTallies_WeaponId_OccurredOn_LastDay_Oblast_Count",
                table: "StrikeTallies",
                columns: new[] { "WeaponId", "OccurredOn", "LastDay", "Oblast", "Count" });

            // The tally counts the strikes the public sees (StrikeConfiguration's query filters); these triggers keep it
            // so on every write, whoever makes it (the app, an import, a hand edit). Added, then removed, per key.
            migrationBuilder.Sql("""
                INSERT INTO "StrikeTallies" ("Oblast", "WeaponId", "OccurredOn", "LastDay", "Count")
                SELECT COALESCE("Oblast", ''), "WeaponId", "OccurredOn", COALESCE("EndsOn", "OccurredOn"), COUNT(*)
                FROM "Strikes" WHERE "Status" = 'Published' AND "DeletedAt" IS NULL
                GROUP BY COALESCE("Oblast", ''), "WeaponId", "OccurredOn", COALESCE("EndsOn", "OccurredOn");
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Strikes_Tally_Insert" AFTER INSERT ON "Strikes"
                WHEN NEW."Status" = 'Published' AND NEW."DeletedAt" IS NULL
                BEGIN
                    INSERT INTO "StrikeTallies" ("Oblast", "WeaponId", "OccurredOn", "LastDay", "Count")
                    VALUES (COALESCE(NEW."Oblast", ''), NEW."WeaponId", NEW."OccurredOn", COALESCE(NEW."EndsOn", NEW."OccurredOn"), 1)
                    ON CONFLICT ("Oblast", "WeaponId", "OccurredOn", "LastDay") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Strikes_Tally_Delete" AFTER DELETE ON "Strikes"
                WHEN OLD."Status" = 'Published' AND OLD."DeletedAt" IS NULL
                BEGIN
                    UPDATE "StrikeTallies" SET "Count" = "Count" - 1
                    WHERE "Oblast" = COALESCE(OLD."Oblast", '') AND "WeaponId" = OLD."WeaponId" AND "OccurredOn" = OLD."OccurredOn" AND "LastDay" = COALESCE(OLD."EndsOn", OLD."OccurredOn");
                    DELETE FROM "StrikeTallies"
                    WHERE "Oblast" = COALESCE(OLD."Oblast", '') AND "WeaponId" = OLD."WeaponId" AND "OccurredOn" = OLD."OccurredOn" AND "LastDay" = COALESCE(OLD."EndsOn", OLD."OccurredOn") AND "Count" <= 0;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Strikes_Tally_Update" AFTER UPDATE OF "Status", "DeletedAt", "Oblast", "WeaponId", "OccurredOn", "EndsOn" ON "Strikes"
                BEGIN
                    UPDATE "StrikeTallies" SET "Count" = "Count" - 1
                    WHERE OLD."Status" = 'Published' AND OLD."DeletedAt" IS NULL
                        AND "Oblast" = COALESCE(OLD."Oblast", '') AND "WeaponId" = OLD."WeaponId" AND "OccurredOn" = OLD."OccurredOn" AND "LastDay" = COALESCE(OLD."EndsOn", OLD."OccurredOn");
                    DELETE FROM "StrikeTallies"
                    WHERE "Oblast" = COALESCE(OLD."Oblast", '') AND "WeaponId" = OLD."WeaponId" AND "OccurredOn" = OLD."OccurredOn" AND "LastDay" = COALESCE(OLD."EndsOn", OLD."OccurredOn") AND "Count" <= 0;
                    INSERT INTO "StrikeTallies" ("Oblast", "WeaponId", "OccurredOn", "LastDay", "Count")
                    SELECT COALESCE(NEW."Oblast", ''), NEW."WeaponId", NEW."OccurredOn", COALESCE(NEW."EndsOn", NEW."OccurredOn"), 1
                    WHERE NEW."Status" = 'Published' AND NEW."DeletedAt" IS NULL
                    ON CONFLICT ("Oblast", "WeaponId", "OccurredOn", "LastDay") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"TR_Strikes_Tally_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER \"TR_Strikes_Tally_Delete\";");
            migrationBuilder.Sql("DROP TRIGGER \"TR_Strikes_Tally_Update\";");
            migrationBuilder.DropTable(
                name: "StrikeTallies");
        }
    }
}
