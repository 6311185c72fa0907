using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CenterItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CenterItems",
                columns: table => new
                {
                    CenterId = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CenterItems", x => new { x.CenterId, x.ItemCode });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CenterItems_CenterId",
                table: "CenterItems",
                column: "CenterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CenterItems");
        }
    }
}
