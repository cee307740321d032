using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoReportReason",
                table: "Statements",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodAsOf",
                table: "Statements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClaimFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: true),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    High = table.Column<int>(type: "INTEGER", nullable: true),
                    Words = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WeaponLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimFigures", x => x.Id);
                    table.CheckConstraint("CK_ClaimFigures_Counts", "(\"Value\" IS NULL OR \"Value\" >= 0) AND (\"High\" IS NULL OR \"High\" >= 0)");
                    table.ForeignKey(
                        name: "FK_ClaimFigures_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimRegions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    NameAsSaid = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Oblast = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimRegions", x => x.Id);
                    table.CheckConstraint("CK_ClaimRegions_Count", "\"Count\" IS NULL OR \"Count\" >= 1");
                    table.ForeignKey(
                        name: "FK_ClaimRegions_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimFigures_StatementId_Position",
                table: "ClaimFigures",
                columns: new[] { "StatementId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimRegions_StatementId_Position",
                table: "ClaimRegions",
                columns: new[] { "StatementId", "Position" });

            // The single aggregate figure each claim had becomes its first figure; "cases" stays a kind of its own,
            // anything else keeps its words as the unit. Existing figures keep their qualifier.
            migrationBuilder.Sql("""
                INSERT INTO "ClaimFigures" ("StatementId", "Position", "Kind", "Value", "Qualifier", "High", "Words", "Unit", "WeaponLabel", "Note")
                SELECT "Id", 0,
                       CASE WHEN "ClaimedUnit" IS NULL OR LOWER("ClaimedUnit") LIKE 'cases%' THEN 'Cases' ELSE 'Other' END,
                       "ClaimedCount", "ClaimedCountQualifier", NULL, NULL, "ClaimedUnit", NULL, NULL
                FROM "Statements"
                WHERE "ClaimedCount" IS NOT NULL OR "ClaimedUnit" IS NOT NULL;
                """);

            migrationBuilder.DropCheckConstraint(
                name: "CK_Statements_ClaimedCount",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "ClaimedCount",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "ClaimedCountQualifier",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "ClaimedUnit",
                table: "Statements");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoReportReason",
                table: "Statements");
            migrationBuilder.DropColumn(
                name: "PeriodAsOf",
                table: "Statements");
            migrationBuilder.AddColumn<int>(
                name: "ClaimedCount",
                table: "Statements",
                type: "INTEGER",
                nullable: true);
            migrationBuilder.AddColumn<string>(
                name: "ClaimedCountQualifier",
                table: "Statements",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Exact");
            migrationBuilder.AddColumn<string>(
                name: "ClaimedUnit",
                table: "Statements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
            migrationBuilder.AddCheckConstraint(
                name: "CK_Statements_ClaimedCount",
                table: "Statements",
                sql: "\"ClaimedCount\" IS NULL OR \"ClaimedCount\" >= 0");

            // The first figure of each claim goes back to the single figure (further figures and regions are lost).
            migrationBuilder.Sql("""
                UPDATE "Statements" SET
                    "ClaimedCount" = (SELECT f."Value" FROM "ClaimFigures" f WHERE f."StatementId" = "Statements"."Id" AND f."Position" = 0),
                    "ClaimedCountQualifier" = COALESCE((SELECT f."Qualifier" FROM "ClaimFigures" f WHERE f."StatementId" = "Statements"."Id" AND f."Position" = 0), 'Exact'),
                    "ClaimedUnit" = (SELECT f."Unit" FROM "ClaimFigures" f WHERE f."StatementId" = "Statements"."Id" AND f."Position" = 0);
                """);

            migrationBuilder.DropTable(
                name: "ClaimFigures");
            migrationBuilder.DropTable(
                name: "ClaimRegions");
        }
    }
}
