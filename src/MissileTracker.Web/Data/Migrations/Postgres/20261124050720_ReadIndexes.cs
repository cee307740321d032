using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Strikes_Public_Oblast_OccurredOn_Id",
                table: "Strikes",
                columns: new[] { "Oblast", "OccurredOn", "Id" },
                filter: "\"Status\" = 'Published' AND \"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Strikes_Public_OccurredOn_Id",
                table: "Strikes",
                columns: new[] { "OccurredOn", "Id" },
                filter: "\"Status\" = 'Published' AND \"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Strikes_Public_UpdatedAt_Id",
                table: "Strikes",
                columns: new[] { "UpdatedAt", "Id" },
                filter: "\"Status\" = 'Published' AND \"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Strikes_Public_WeaponId_OccurredOn_Id",
                table: "Strikes",
                columns: new[] { "WeaponId", "OccurredOn", "Id" },
                filter: "\"Status\" = 'Published' AND \"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Strikes_Public_Oblast_OccurredOn_Id",
                table: "Strikes");

            migrationBuilder.DropIndex(
                name: "IX_Strikes_Public_OccurredOn_Id",
                table: "Strikes");

            migrationBuilder.DropIndex(
                name: "IX_Strikes_Public_UpdatedAt_Id",
                table: "Strikes");

            migrationBuilder.DropIndex(
                name: "IX_Strikes_Public_WeaponId_OccurredOn_Id",
                table: "Strikes");
        }
    }
}
