using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Postgres
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
                    Oblast = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WeaponId = table.Column<int>(type: "integer", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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

            // The tally counts the strikes the public sees (StrikeConfiguration's query filters); this trigger keeps it
            // so on every write, whoever makes it (the app, an import, a hand edit). Added, then removed, per key.
            migrationBuilder.Sql("""
                INSERT INTO "StrikeTallies" ("Oblast", "WeaponId", "OccurredOn", "LastDay", "Count")
                SELECT COALESCE("Oblast", ''), "WeaponId", "OccurredOn", COALESCE("EndsOn", "OccurredOn"), COUNT(*)
                FROM "Strikes" WHERE "Status" = 'Published' AND "DeletedAt" IS NULL
                GROUP BY COALESCE("Oblast", ''), "WeaponId", "OccurredOn", COALESCE("EndsOn", "OccurredOn");
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION strike_tally() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."Status" = 'Published' AND OLD."DeletedAt" IS NULL THEN
                        UPDATE "StrikeTallies" SET "Count" = "Count" - 1
                        WHERE "Oblast" = COALESCE(OLD."Oblast", '') AND "WeaponId" = OLD."WeaponId" AND "OccurredOn" = OLD."OccurredOn" AND "LastDay" = COALESCE(OLD."EndsOn", OLD."OccurredOn");
                        DELETE FROM "StrikeTallies"
                        WHERE "Oblast" = COALESCE(OLD."Oblast", '') AND "WeaponId" = OLD."WeaponId" AND "OccurredOn" = OLD."OccurredOn" AND "LastDay" = COALESCE(OLD."EndsOn", OLD."OccurredOn") AND "Count" <= 0;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."Status" = 'Published' AND NEW."DeletedAt" IS NULL THEN
                        INSERT INTO "StrikeTallies" ("Oblast", "WeaponId", "OccurredOn", "LastDay", "Count")
                        VALUES (COALESCE(NEW."Oblast", ''), NEW."WeaponId", NEW."OccurredOn", COALESCE(NEW."EndsOn", NEW."OccurredOn"), 1)
                        ON CONFLICT ("Oblast", "WeaponId", "OccurredOn", "LastDay") DO UPDATE SET "Count" = "StrikeTallies"."Count" + 1;
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Strikes_Tally" AFTER INSERT OR DELETE OR UPDATE OF "Status", "DeletedAt", "Oblast", "WeaponId", "OccurredOn", "EndsOn"
                ON "Strikes" FOR EACH ROW EXECUTE FUNCTION strike_tally();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"TR_Strikes_Tally\" ON \"Strikes\";");
            migrationBuilder.Sql("DROP FUNCTION strike_tally();");
            migrationBuilder.DropTable(
                name: "StrikeTallies");
        }
    }
}
