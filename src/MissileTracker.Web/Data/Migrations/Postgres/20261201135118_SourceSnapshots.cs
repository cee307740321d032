using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SourceSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ArchiveUrl",
                table: "Reports",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LinkChecks",
                columns: table => new
                {
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    FinalUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Broken = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkChecks", x => x.ReportId);
                    table.ForeignKey(
                        name: "FK_LinkChecks_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MediaType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Origin = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    CapturedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CapturedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSnapshots", x => x.Id);
                    table.CheckConstraint("CK_ReportSnapshots_Sha256", "length(\"Sha256\") = 64");
                    table.CheckConstraint("CK_ReportSnapshots_SourceUrl", "\"SourceUrl\" IS NULL OR \"SourceUrl\" LIKE 'http://%' OR \"SourceUrl\" LIKE 'https://%'");
                    table.ForeignKey(
                        name: "FK_ReportSnapshots_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Reports_ArchiveUrl",
                table: "Reports",
                sql: "\"ArchiveUrl\" IS NULL OR \"ArchiveUrl\" LIKE 'http://%' OR \"ArchiveUrl\" LIKE 'https://%'");

            migrationBuilder.CreateIndex(
                name: "IX_LinkChecks_Broken",
                table: "LinkChecks",
                column: "Broken");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSnapshots_ReportId_Sha256",
                table: "ReportSnapshots",
                columns: new[] { "ReportId", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSnapshots_Sha256",
                table: "ReportSnapshots",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkChecks");

            migrationBuilder.DropTable(
                name: "ReportSnapshots");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Reports_ArchiveUrl",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ArchiveUrl",
                table: "Reports");
        }
    }
}
