using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
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
                type: "date",
                nullable: true);

            // Tasks decided before this column: the date part of the stored instant, which is kept as the center's local
            // time with its offset (text, as on SQLite: LocalTimeText).
            migrationBuilder.Sql(
                """UPDATE "RectificationTasks" SET "AppealDecidedOn" = CAST(substr("AppealDecidedAt", 1, 10) AS date) WHERE "AppealDecidedAt" IS NOT NULL""");
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
