using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GazetteerKey = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    GeoNamesId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    NameUk = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Oblast = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Raion = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    CityDistrict = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    EditorAdded = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnpublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    StrikeId = table.Column<int>(type: "integer", nullable: false),
                    PlaceId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Precision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
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
