using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissileTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StrikeWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "EndTime",
                table: "Strikes",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "Strikes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Strikes",
                type: "integer",
                nullable: true);

            // A night attack (night of D/D+1) was one date with a precision; it is now a window ending on D+1.
            migrationBuilder.Sql("UPDATE \"Strikes\" SET \"EndsOn\" = \"OccurredOn\" + 1 WHERE \"DatePrecision\" = 'NightOf';");

            migrationBuilder.CreateIndex(
                name: "IX_Strikes_MergedIntoId",
                table: "Strikes",
                column: "MergedIntoId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Strikes_Window",
                table: "Strikes",
                sql: "\"EndsOn\" IS NULL OR \"EndsOn\" >= \"OccurredOn\"");

            migrationBuilder.AddForeignKey(
                name: "FK_Strikes_Strikes_MergedIntoId",
                table: "Strikes",
                column: "MergedIntoId",
                principalTable: "Strikes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Strikes_Strikes_MergedIntoId",
                table: "Strikes");

            migrationBuilder.DropIndex(
                name: "IX_Strikes_MergedIntoId",
                table: "Strikes");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Strikes_Window",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "EndTime",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "Strikes");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Strikes");
        }
    }
}
