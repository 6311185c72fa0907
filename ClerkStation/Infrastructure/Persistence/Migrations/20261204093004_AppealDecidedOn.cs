using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AppealDecidedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AppealDecidedOn",
                table: "RectificationTasks",
                type: "TEXT",
                nullable: true);

            // Tasks decided before this column: the date part of the stored instant, which is the center's local time
            // on SQLite (the app writes each center's instants with its own offset).
            migrationBuilder.Sql(
                """UPDATE "RectificationTasks" SET "AppealDecidedOn" = substr("AppealDecidedAt", 1, 10) WHERE "AppealDecidedAt" IS NOT NULL""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AppealDecidedOn",
                table: "RectificationTasks");
        }
    }
}
