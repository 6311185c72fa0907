using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class AppointmentOnePerPersonPerSlot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Appointments_OnePerPersonPerSlot",
                table: "Appointments",
                columns: new[] { "CenterId", "SlotStart", "IdNumber" },
                unique: true,
                filter: "\"Place\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_OnePerPersonPerSlot",
                table: "Appointments");
        }
    }
}
