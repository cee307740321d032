using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace MissileTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EvidenceFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Weapons",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "BallisticMissile");


            migrationBuilder.InsertData(
                table: "Weapons",
                columns: new[] { "Id", "Code", "Description", "Family", "IsAmbiguous", "Kind", "Name", "OriginCountry", "OtherNames" },
                values: new object[,]
                {
                    { 6, "iskander-m", "Russian short-range ballistic missile (9M723).", null, false, "BallisticMissile", "Iskander-M", "RU", null },
                    { 7, "s-300", "Russian surface-to-air missile, also fired at ground targets.", null, false, "SurfaceToAirMissile", "S-300", "RU", null },
                    { 8, "kh-59", "Russian air-launched cruise missile.", null, false, "CruiseMissile", "Kh-59", "RU", null },
                    { 9, "drone", "Not a missile: a source said the strike was by a drone, without naming its type.", null, false, "Drone", "drone (type not stated)", null, null }
                });


            migrationBuilder.CreateTable(
                name: "StatementStrikeWeapons",
                columns: table => new
                {
                    StatementId = table.Column<int>(type: "integer", nullable: false),
                    StrikeId = table.Column<int>(type: "integer", nullable: false),
                    WeaponId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementStrikeWeapons", x => new { x.StatementId, x.StrikeId, x.WeaponId });
                    table.ForeignKey(
                        name: "FK_StatementStrikeWeapons_StatementStrikes_StatementId_StrikeId",
                        columns: x => new { x.StatementId, x.StrikeId },
                        principalTable: "StatementStrikes",
                        principalColumns: new[] { "StatementId", "StrikeId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StatementStrikeWeapons_Weapons_WeaponId",
                        column: x => x.WeaponId,
                        principalTable: "Weapons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatementStrikeWeapons_WeaponId",
                table: "StatementStrikeWeapons",
                column: "WeaponId");

            // Each statement's single weapon becomes its set; the ambiguous "Iskander-M or KN-23" (id 4) becomes {Iskander-M, KN-23}.
            // Done before StatementStrikes loses WeaponId (SQLite rebuilds that table).
            migrationBuilder.Sql("""
                INSERT INTO "StatementStrikeWeapons" ("StatementId", "StrikeId", "WeaponId")
                SELECT "StatementId", "StrikeId", "WeaponId" FROM "StatementStrikes" WHERE "WeaponId" IS NOT NULL AND "WeaponId" <> 4;
                INSERT INTO "StatementStrikeWeapons" ("StatementId", "StrikeId", "WeaponId")
                SELECT "StatementId", "StrikeId", 6 FROM "StatementStrikes" WHERE "WeaponId" = 4;
                INSERT INTO "StatementStrikeWeapons" ("StatementId", "StrikeId", "WeaponId")
                SELECT "StatementId", "StrikeId", 1 FROM "StatementStrikes" WHERE "WeaponId" = 4;
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_StatementStrikes_Weapons_WeaponId",
                table: "StatementStrikes");

            migrationBuilder.AddColumn<int>(
                name: "InjuredHigh",
                table: "Strikes",
                type: "integer",
                nullable: true);


            migrationBuilder.DropIndex(
                name: "IX_StatementStrikes_WeaponId",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "WeaponId",
                table: "StatementStrikes");

            migrationBuilder.AddColumn<int>(
                name: "MissilesInterceptedHigh",
                table: "StatementStrikes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InjuredQualifier",
                table: "Strikes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<string>(
                name: "InjuredWords",
                table: "Strikes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KilledHigh",
                table: "Strikes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KilledQualifier",
                table: "Strikes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<string>(
                name: "KilledWords",
                table: "Strikes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MissilesInterceptedHigh",
                table: "Strikes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissilesInterceptedQualifier",
                table: "Strikes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<string>(
                name: "MissilesInterceptedWords",
                table: "Strikes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MissilesLaunchedHigh",
                table: "Strikes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissilesLaunchedQualifier",
                table: "Strikes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<string>(
                name: "MissilesLaunchedWords",
                table: "Strikes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InjuredHigh",
                table: "StatementStrikes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InjuredWords",
                table: "StatementStrikes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KilledHigh",
                table: "StatementStrikes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KilledWords",
                table: "StatementStrikes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MissileCountHigh",
                table: "StatementStrikes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissileCountWords",
                table: "StatementStrikes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissilesInterceptedQualifier",
                table: "StatementStrikes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Exact");

            migrationBuilder.AddColumn<string>(
                name: "MissilesInterceptedWords",
                table: "StatementStrikes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginClaim",
                table: "StatementStrikes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "NotStated");

            migrationBuilder.AddColumn<string>(
                name: "WeaponLabel",
                table: "StatementStrikes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPreliminary",
                table: "Statements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StatedAt",
                table: "Statements",
                type: "time without time zone",
                nullable: true);
            migrationBuilder.UpdateData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 1,
                column: "Kind",
                value: "BallisticMissile");

            migrationBuilder.UpdateData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 2,
                column: "Kind",
                value: "BallisticMissile");

            migrationBuilder.UpdateData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 3,
                column: "Kind",
                value: "BallisticMissile");

            migrationBuilder.UpdateData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 4,
                column: "Kind",
                value: "BallisticMissile");

            migrationBuilder.UpdateData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 5,
                column: "Kind",
                value: "BallisticMissile");        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WeaponId",
                table: "StatementStrikes",
                type: "integer",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "StatementStrikes" SET "WeaponId" = (SELECT MIN(w."WeaponId") FROM "StatementStrikeWeapons" w
                    WHERE w."StatementId" = "StatementStrikes"."StatementId" AND w."StrikeId" = "StatementStrikes"."StrikeId" AND w."WeaponId" <= 5);
                """);

            migrationBuilder.DropColumn(
                name: "MissilesInterceptedHigh",
                table: "StatementStrikes");

            migrationBuilder.DropTable(
                name: "StatementStrikeWeapons");

            migrationBuilder.DeleteData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 6);

            migrationBuilder.DeleteData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 7);

            migrationBuilder.DeleteData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 8);

            migrationBuilder.DeleteData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 9);

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Weapons");

            migrationBuilder.DropColumn(
                name: "InjuredHigh",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "InjuredQualifier",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "InjuredWords",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "KilledHigh",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "KilledQualifier",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "KilledWords",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "MissilesInterceptedHigh",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "MissilesInterceptedQualifier",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "MissilesInterceptedWords",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "MissilesLaunchedHigh",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "MissilesLaunchedQualifier",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "MissilesLaunchedWords",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "InjuredHigh",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "InjuredWords",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "KilledHigh",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "KilledWords",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "MissileCountHigh",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "MissileCountWords",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "MissilesInterceptedQualifier",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "MissilesInterceptedWords",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "OriginClaim",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "WeaponLabel",
                table: "StatementStrikes");

            migrationBuilder.DropColumn(
                name: "IsPreliminary",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "StatedAt",
                table: "Statements");
            migrationBuilder.CreateIndex(
                name: "IX_StatementStrikes_WeaponId",
                table: "StatementStrikes",
                column: "WeaponId");

            migrationBuilder.AddForeignKey(
                name: "FK_StatementStrikes_Weapons_WeaponId",
                table: "StatementStrikes",
                column: "WeaponId",
                principalTable: "Weapons",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
