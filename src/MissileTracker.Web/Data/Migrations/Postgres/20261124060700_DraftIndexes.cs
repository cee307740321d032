using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DraftIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Strikes_Status_DeletedAt",
                table: "Strikes");

            migrationBuilder.DropIndex(
                name: "IX_Statements_Status_DeletedAt",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Reports_Status_DeletedAt",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Strikes_Status",
                table: "Strikes",
                column: "Status",
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Status",
                table: "Statements",
                column: "Status",
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Status",
                table: "Reports",
                column: "Status",
                filter: "\"Status\" = 'Draft'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Strikes_Status",
                table: "Strikes");

            migrationBuilder.DropIndex(
                name: "IX_Statements_Status",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Reports_Status",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Strikes_Status_DeletedAt",
                table: "Strikes",
                columns: new[] { "Status", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Status_DeletedAt",
                table: "Statements",
                columns: new[] { "Status", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Status_DeletedAt",
                table: "Reports",
                columns: new[] { "Status", "DeletedAt" });
        }
    }
}
