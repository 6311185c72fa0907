using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class Centers : Migration
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
                name: "IX_Cases_Number",
                table: "Cases");

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "WindowSeats",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "Visits",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "ServiceRatings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "RectificationTasks",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "QueueTickets",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "QueueDevices",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "PreApplications",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "NumberSequences",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "IntakeDecisions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "FormDrafts",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "Complaints",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "ClerkFavourites",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "Cases",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CenterId",
                table: "AspNetUsers",
                type: "integer",
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
                name: "Centers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    County = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CasePrefix = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false, collation: "C"),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
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
                name: "IX_QueueTickets_CenterId_Day_Category_Sequence",
                table: "QueueTickets",
                columns: new[] { "CenterId", "Day", "Category", "Sequence" },
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
                name: "IX_AspNetUsers_CenterId",
                table: "AspNetUsers",
                column: "CenterId");

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
                name: "IX_QueueTickets_CenterId_Day_Category_Sequence",
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
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);
        }
    }
}
