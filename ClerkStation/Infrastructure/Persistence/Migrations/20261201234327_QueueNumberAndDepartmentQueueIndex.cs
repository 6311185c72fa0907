using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class QueueNumberAndDepartmentQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QueueTickets_Day_Category_Sequence",
                table: "QueueTickets");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DepartmentCode_Status",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_QueueTickets_Day_Number",
                table: "QueueTickets",
                columns: new[] { "Day", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Queue",
                table: "Cases",
                columns: new[] { "DepartmentCode", "Status", "DueDate", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QueueTickets_Day_Number",
                table: "QueueTickets");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Queue",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_QueueTickets_Day_Category_Sequence",
                table: "QueueTickets",
                columns: new[] { "Day", "Category", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DepartmentCode_Status",
                table: "Cases",
                columns: new[] { "DepartmentCode", "Status" });
        }
    }
}
