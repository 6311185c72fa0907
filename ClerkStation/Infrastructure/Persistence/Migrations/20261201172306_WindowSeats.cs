using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WindowSeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WindowSeats",
                columns: table => new
                {
                    Window = table.Column<int>(type: "INTEGER", nullable: false),
                    ClerkId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClerkName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Since = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WindowSeats", x => x.Window);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WindowSeats_ClerkId",
                table: "WindowSeats",
                column: "ClerkId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WindowSeats");
        }
    }
}
