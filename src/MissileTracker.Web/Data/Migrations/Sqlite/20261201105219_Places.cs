using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Places : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Places",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GazetteerKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    GeoNamesId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameUk = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Oblast = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Raion = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CityDistrict = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    EditorAdded = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Places", x => x.Id);
                    table.CheckConstraint("CK_Places_Latitude", "\"Latitude\" >= -90 AND \"Latitude\" <= 90");
                    table.CheckConstraint("CK_Places_Longitude", "\"Longitude\" >= -180 AND \"Longitude\" <= 180");
                });

            migrationBuilder.CreateTable(
                name: "StrikePlaces",
                columns: table => new
                {
                    StrikeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Precision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrikePlaces", x => new { x.StrikeId, x.PlaceId });
                    table.ForeignKey(
                        name: "FK_StrikePlaces_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StrikePlaces_Strikes_StrikeId",
                        column: x => x.StrikeId,
                        principalTable: "Strikes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Places_DeletedAt",
                table: "Places",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Places_GazetteerKey",
                table: "Places",
                column: "GazetteerKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Places_Oblast_Name",
                table: "Places",
                columns: new[] { "Oblast", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Places_Status",
                table: "Places",
                column: "Status",
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_StrikePlaces_PlaceId",
                table: "StrikePlaces",
                column: "PlaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StrikePlaces");

            migrationBuilder.DropTable(
                name: "Places");
        }
    }
}
