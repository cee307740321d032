using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AirForceReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AirForceImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DatasetVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AllWeapons = table.Column<bool>(type: "boolean", nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    RowsSkipped = table.Column<int>(type: "integer", nullable: false),
                    RowsAdded = table.Column<int>(type: "integer", nullable: false),
                    RowsUpdated = table.Column<int>(type: "integer", nullable: false),
                    RowsUnchanged = table.Column<int>(type: "integer", nullable: false),
                    RowsVanished = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AirForceImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AirForceReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Account = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourcePath = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PostUrl = table.Column<string>(type: "character varying(1100)", maxLength: 1100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AirForceReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AirForceReportRows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    ContentKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Label = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    WeaponCodes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UnknownLabelParts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LabelMatch = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NorthKorean = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Launched = table.Column<int>(type: "integer", nullable: true),
                    Destroyed = table.Column<int>(type: "integer", nullable: true),
                    NotReachedTarget = table.Column<int>(type: "integer", nullable: true),
                    StillAttacking = table.Column<int>(type: "integer", nullable: true),
                    BorderCrossing = table.Column<int>(type: "integer", nullable: true),
                    IsShahed = table.Column<bool>(type: "boolean", nullable: true),
                    HitLocations = table.Column<int>(type: "integer", nullable: true),
                    FallenFragmentLocations = table.Column<int>(type: "integer", nullable: true),
                    Carrier = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Turbojet = table.Column<int>(type: "integer", nullable: true),
                    TurbojetDestroyed = table.Column<int>(type: "integer", nullable: true),
                    LaunchPlace = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LaunchPlaces = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Target = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Targets = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TargetOblasts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TargetOblastKeys = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TargetsUkraine = table.Column<bool>(type: "boolean", nullable: false),
                    TargetMain = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AffectedRegion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DestroyedDetails = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LaunchedDetails = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LaunchPlaceDetails = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RowNumber = table.Column<int>(type: "integer", nullable: false),
                    FirstImportId = table.Column<int>(type: "integer", nullable: false),
                    LastImportId = table.Column<int>(type: "integer", nullable: false),
                    VanishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AirForceReportRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AirForceReportRows_AirForceImports_FirstImportId",
                        column: x => x.FirstImportId,
                        principalTable: "AirForceImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AirForceReportRows_AirForceImports_LastImportId",
                        column: x => x.LastImportId,
                        principalTable: "AirForceImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AirForceReportRows_AirForceReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "AirForceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AirForceLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StrikeId = table.Column<int>(type: "integer", nullable: false),
                    RowId = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AirForceLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AirForceLinks_AirForceReportRows_RowId",
                        column: x => x.RowId,
                        principalTable: "AirForceReportRows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AirForceLinks_Strikes_StrikeId",
                        column: x => x.StrikeId,
                        principalTable: "Strikes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 4,
                column: "OtherNames",
                value: "Iskander-M/KN-23");

            migrationBuilder.CreateIndex(
                name: "IX_AirForceLinks_RowId",
                table: "AirForceLinks",
                column: "RowId");

            migrationBuilder.CreateIndex(
                name: "IX_AirForceLinks_StrikeId_RowId",
                table: "AirForceLinks",
                columns: new[] { "StrikeId", "RowId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AirForceReportRows_ContentKey",
                table: "AirForceReportRows",
                column: "ContentKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AirForceReportRows_FirstImportId",
                table: "AirForceReportRows",
                column: "FirstImportId");

            migrationBuilder.CreateIndex(
                name: "IX_AirForceReportRows_LastImportId",
                table: "AirForceReportRows",
                column: "LastImportId");

            migrationBuilder.CreateIndex(
                name: "IX_AirForceReportRows_NorthKorean",
                table: "AirForceReportRows",
                column: "NorthKorean");

            migrationBuilder.CreateIndex(
                name: "IX_AirForceReportRows_ReportId",
                table: "AirForceReportRows",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_AirForceReports_SourcePath_StartsOn_StartTime_EndsOn_EndTime",
                table: "AirForceReports",
                columns: new[] { "SourcePath", "StartsOn", "StartTime", "EndsOn", "EndTime" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AirForceReports_StartsOn_EndsOn",
                table: "AirForceReports",
                columns: new[] { "StartsOn", "EndsOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AirForceLinks");

            migrationBuilder.DropTable(
                name: "AirForceReportRows");

            migrationBuilder.DropTable(
                name: "AirForceImports");

            migrationBuilder.DropTable(
                name: "AirForceReports");

            migrationBuilder.UpdateData(
                table: "Weapons",
                keyColumn: "Id",
                keyValue: 4,
                column: "OtherNames",
                value: null);
        }
    }
}
