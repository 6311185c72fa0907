using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CentersChannelsAppointments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_WindowSeats",
                table: "WindowSeats");

            migrationBuilder.DropIndex(
                name: "IX_QueueTickets_Day_Category_Sequence",
                table: "QueueTickets");

            migrationBuilder.DropIndex(
                name: "IX_PreApplications_Number",
                table: "PreApplications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_NumberSequences",
                table: "NumberSequences");

            migrationBuilder.DropIndex(
                name: "IX_IntakeDecisions_Number",
                table: "IntakeDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DepartmentCode_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Number",
                table: "Cases");

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "WindowSeats",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "Visits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "ServiceRatings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "RectificationTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "QueueTickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "QueueDevices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "PreApplications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "NumberSequences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "IntakeDecisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "FormDrafts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "ClerkFavourites",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Counter");

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddPrimaryKey(
                name: "PK_WindowSeats",
                table: "WindowSeats",
                columns: new[] { "CenterId", "Window" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_NumberSequences",
                table: "NumberSequences",
                columns: new[] { "CenterId", "Prefix", "Day" });

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CenterId = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SlotStart = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SlotEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Place = table.Column<int>(type: "INTEGER", nullable: true),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    BookedById = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BookedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    BodyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Centers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CasePrefix = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Centers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WindowSeats_CenterId",
                table: "WindowSeats",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_CenterId",
                table: "Visits",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_CenterId",
                table: "ServiceRatings",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationTasks_CenterId",
                table: "RectificationTasks",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_QueueTickets_CenterId",
                table: "QueueTickets",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_QueueTickets_CenterId_Day_Number",
                table: "QueueTickets",
                columns: new[] { "CenterId", "Day", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QueueDevices_CenterId",
                table: "QueueDevices",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_PreApplications_CenterId",
                table: "PreApplications",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_PreApplications_CenterId_Number",
                table: "PreApplications",
                columns: new[] { "CenterId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreApplications_Number",
                table: "PreApplications",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeDecisions_CenterId",
                table: "IntakeDecisions",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeDecisions_CenterId_Number",
                table: "IntakeDecisions",
                columns: new[] { "CenterId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeDecisions_Number",
                table: "IntakeDecisions",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_FormDrafts_CenterId",
                table: "FormDrafts",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CenterId",
                table: "Complaints",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClerkFavourites_CenterId",
                table: "ClerkFavourites",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CenterId",
                table: "Cases",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CenterId_Number",
                table: "Cases",
                columns: new[] { "CenterId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Queue",
                table: "Cases",
                columns: new[] { "CenterId", "DepartmentCode", "Status", "DueDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CenterId",
                table: "AspNetUsers",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_BookedById_IdempotencyKey",
                table: "Appointments",
                columns: new[] { "BookedById", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CenterId",
                table: "Appointments",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CenterId_Day_IdNumber",
                table: "Appointments",
                columns: new[] { "CenterId", "Day", "IdNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CenterId_SlotStart_Category_Place",
                table: "Appointments",
                columns: new[] { "CenterId", "SlotStart", "Category", "Place" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Code",
                table: "Appointments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Centers_CasePrefix",
                table: "Centers",
                column: "CasePrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Centers_Code",
                table: "Centers",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "Centers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_WindowSeats",
                table: "WindowSeats");

            migrationBuilder.DropIndex(
                name: "IX_WindowSeats_CenterId",
                table: "WindowSeats");

            migrationBuilder.DropIndex(
                name: "IX_Visits_CenterId",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRatings_CenterId",
                table: "ServiceRatings");

            migrationBuilder.DropIndex(
                name: "IX_RectificationTasks_CenterId",
                table: "RectificationTasks");

            migrationBuilder.DropIndex(
                name: "IX_QueueTickets_CenterId",
                table: "QueueTickets");

            migrationBuilder.DropIndex(
                name: "IX_QueueTickets_CenterId_Day_Number",
                table: "QueueTickets");

            migrationBuilder.DropIndex(
                name: "IX_QueueDevices_CenterId",
                table: "QueueDevices");

            migrationBuilder.DropIndex(
                name: "IX_PreApplications_CenterId",
                table: "PreApplications");

            migrationBuilder.DropIndex(
                name: "IX_PreApplications_CenterId_Number",
                table: "PreApplications");

            migrationBuilder.DropIndex(
                name: "IX_PreApplications_Number",
                table: "PreApplications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_NumberSequences",
                table: "NumberSequences");

            migrationBuilder.DropIndex(
                name: "IX_IntakeDecisions_CenterId",
                table: "IntakeDecisions");

            migrationBuilder.DropIndex(
                name: "IX_IntakeDecisions_CenterId_Number",
                table: "IntakeDecisions");

            migrationBuilder.DropIndex(
                name: "IX_IntakeDecisions_Number",
                table: "IntakeDecisions");

            migrationBuilder.DropIndex(
                name: "IX_FormDrafts_CenterId",
                table: "FormDrafts");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_CenterId",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_ClerkFavourites_CenterId",
                table: "ClerkFavourites");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CenterId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CenterId_Number",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Number",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Queue",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_CenterId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "WindowSeats");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "ServiceRatings");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "RectificationTasks");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "QueueTickets");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "QueueDevices");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "PreApplications");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "NumberSequences");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "IntakeDecisions");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "FormDrafts");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "ClerkFavourites");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CenterId",
                table: "AspNetUsers");

            migrationBuilder.AddPrimaryKey(
                name: "PK_WindowSeats",
                table: "WindowSeats",
                column: "Window");

            migrationBuilder.AddPrimaryKey(
                name: "PK_NumberSequences",
                table: "NumberSequences",
                columns: new[] { "Prefix", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueTickets_Day_Category_Sequence",
                table: "QueueTickets",
                columns: new[] { "Day", "Category", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreApplications_Number",
                table: "PreApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeDecisions_Number",
                table: "IntakeDecisions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DepartmentCode_Status",
                table: "Cases",
                columns: new[] { "DepartmentCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);
        }
    }
}
