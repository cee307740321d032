using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PhysicalEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvidenceRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StrikeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Component = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Markings = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Serials = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Characters = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FoundAt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExaminerId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExaminedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ExaminedWhen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnpublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceRecords_Officials_ExaminerId",
                        column: x => x.ExaminerId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceRecords_Strikes_StrikeId",
                        column: x => x.StrikeId,
                        principalTable: "Strikes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CustodyEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvidenceRecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HeldFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandedTo = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustodyEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustodyEvents_EvidenceRecords_EvidenceRecordId",
                        column: x => x.EvidenceRecordId,
                        principalTable: "EvidenceRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidencePhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvidenceRecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CapturedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CapturedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidencePhotos", x => x.Id);
                    table.CheckConstraint("CK_EvidencePhotos_Sha256", "length(\"Sha256\") = 64");
                    table.ForeignKey(
                        name: "FK_EvidencePhotos_EvidenceRecords_EvidenceRecordId",
                        column: x => x.EvidenceRecordId,
                        principalTable: "EvidenceRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceReports",
                columns: table => new
                {
                    EvidenceRecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceReports", x => new { x.EvidenceRecordId, x.ReportId });
                    table.ForeignKey(
                        name: "FK_EvidenceReports_EvidenceRecords_EvidenceRecordId",
                        column: x => x.EvidenceRecordId,
                        principalTable: "EvidenceRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvidenceReports_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustodyEvents_EvidenceRecordId_Position",
                table: "CustodyEvents",
                columns: new[] { "EvidenceRecordId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidencePhotos_EvidenceRecordId_Sha256",
                table: "EvidencePhotos",
                columns: new[] { "EvidenceRecordId", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidencePhotos_Sha256",
                table: "EvidencePhotos",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceRecords_DeletedAt",
                table: "EvidenceRecords",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceRecords_ExaminerId",
                table: "EvidenceRecords",
                column: "ExaminerId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceRecords_Status",
                table: "EvidenceRecords",
                column: "Status",
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceRecords_StrikeId",
                table: "EvidenceRecords",
                column: "StrikeId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceReports_ReportId",
                table: "EvidenceReports",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustodyEvents");

            migrationBuilder.DropTable(
                name: "EvidencePhotos");

            migrationBuilder.DropTable(
                name: "EvidenceReports");

            migrationBuilder.DropTable(
                name: "EvidenceRecords");
        }
    }
}
