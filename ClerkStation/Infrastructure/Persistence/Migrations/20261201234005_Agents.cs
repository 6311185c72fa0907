using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Agents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Counter");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Cases");
        }
    }
}
