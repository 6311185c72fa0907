using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgreSQL : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UserName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Action = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    Target = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarRecomputes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    NoticeTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    At = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    CasesChecked = table.Column<int>(type: "integer", nullable: false),
                    CasesMoved = table.Column<int>(type: "integer", nullable: false),
                    CasesEarlier = table.Column<int>(type: "integer", nullable: false),
                    TasksMoved = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarRecomputes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    NoticeTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    NoticeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Holidays = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Workdays = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SavedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    SavedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    SavedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ItemCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ItemName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ItemKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Applicant = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FormDataJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    BundleId = table.Column<Guid>(type: "uuid", nullable: true),
                    PromisedDays = table.Column<int>(type: "integer", nullable: false),
                    StatutoryDays = table.Column<int>(type: "integer", nullable: true),
                    AcceptedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcceptedById = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AcceptedByName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AssignedClerkId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AssignedClerkName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimedById = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimedByName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StatutoryDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PausedSince = table.Column<DateOnly>(type: "date", nullable: true),
                    PausedWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    DecidedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DecisionNote = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DeliveredAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Delivery = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Materials = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SupplementItems = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClerkFavourites",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClerkFavourites", x => new { x.UserId, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ApplicantPhone = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ItemCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true, collation: "C"),
                    DepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AssignedToName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AssignedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Resolution = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ResolvedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClosedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClosedByName = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemoHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    GeneratedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FromDay = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Cases = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemoHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FormDrafts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ApplicantJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FormDataJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    MaterialsJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedAt = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormDrafts", x => new { x.UserId, x.SubmissionKey });
                });

            migrationBuilder.CreateTable(
                name: "IntakeDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TargetCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    TargetName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Applicant = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Reason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    At = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ClerkId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClerkName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Lines = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntakeSubmissions",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ResultJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    At = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeSubmissions", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "NumberSequences",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Day = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSequences", x => new { x.Prefix, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "RectificationTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    DepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ClerkName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CallbackDue = table.Column<DateOnly>(type: "date", nullable: false),
                    FixDue = table.Column<DateOnly>(type: "date", nullable: false),
                    CalledBackAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CalledBackOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CallbackNote = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AppealReason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AppealedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AppealDecision = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AppealDecidedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    FixedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    FixedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClosedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClosedByName = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ItemCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ItemName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ClerkId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClerkName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    InvitedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Level = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    RatedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpLevel = table.Column<int>(type: "integer", nullable: true),
                    FollowUpComment = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    FollowUpAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Excluded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRatings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TraineeId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ScenarioCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    AssignedById = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AssignedByName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AssignedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CompletedRunId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAssignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TraineeId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    TraineeName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ScenarioCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DepartmentCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ExpectedTarget = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    StartedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FinishedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Abandoned = table.Column<bool>(type: "boolean", nullable: false),
                    FormErrors = table.Column<int>(type: "integer", nullable: false),
                    ActualTarget = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ActualDecision = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    OutcomeNumbers = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Points = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    MaxPoints = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Percent = table.Column<int>(type: "integer", nullable: true),
                    FeedbackJson = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingScenarios",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Json = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedById = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedByName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedAt = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingScenarios", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "WorkspacePreferences",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    Practice = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkspacePreferences", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffDepartments",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffDepartments", x => new { x.UserId, x.DepartmentCode });
                    table.ForeignKey(
                        name: "FK_StaffDepartments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ActorId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ActorName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    To = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Detail = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId",
                table: "AuditEntries",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_At",
                table: "CaseEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId",
                table: "CaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AcceptedOn",
                table: "Cases",
                column: "AcceptedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedClerkId",
                table: "Cases",
                column: "AssignedClerkId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_BundleId",
                table: "Cases",
                column: "BundleId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DepartmentCode_Status",
                table: "Cases",
                columns: new[] { "DepartmentCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Floor_Clerk",
                table: "Cases",
                columns: new[] { "Status", "AssignedClerkId", "AssignedClerkName" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Floor_Open",
                table: "Cases",
                columns: new[] { "Status", "DepartmentCode", "ClaimedById", "ClaimedByName" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Stats_Accepted",
                table: "Cases",
                columns: new[] { "AcceptedOn", "DepartmentCode", "ItemKind", "ItemCode", "AcceptedById", "AcceptedByName" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Stats_Decided",
                table: "Cases",
                columns: new[] { "DecidedAt", "ItemKind", "DepartmentCode", "AcceptedOn", "PromisedDays", "PausedWorkingDays", "AssignedClerkId", "AssignedClerkName" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_DueDate",
                table: "Cases",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_RecordedOn",
                table: "Complaints",
                columns: new[] { "Status", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeDecisions_Day_Kind",
                table: "IntakeDecisions",
                columns: new[] { "Day", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeDecisions_Number",
                table: "IntakeDecisions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RectificationTasks_OpenedOn",
                table: "RectificationTasks",
                column: "OpenedOn");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationTasks_RatingId",
                table: "RectificationTasks",
                column: "RatingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RectificationTasks_Status_FixDue",
                table: "RectificationTasks",
                columns: new[] { "Status", "FixDue" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_CaseId",
                table: "ServiceRatings",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_RatedOn_DepartmentCode_Level_Excluded",
                table: "ServiceRatings",
                columns: new[] { "RatedOn", "DepartmentCode", "Level", "Excluded" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_Token",
                table: "ServiceRatings",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffDepartments_DepartmentCode",
                table: "StaffDepartments",
                column: "DepartmentCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignments_TraineeId",
                table: "TrainingAssignments",
                column: "TraineeId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRuns_TraineeId_StartedAt",
                table: "TrainingRuns",
                columns: new[] { "TraineeId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarRecomputes");

            migrationBuilder.DropTable(
                name: "CalendarYears");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "ClerkFavourites");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DemoHistory");

            migrationBuilder.DropTable(
                name: "FormDrafts");

            migrationBuilder.DropTable(
                name: "IntakeDecisions");

            migrationBuilder.DropTable(
                name: "IntakeSubmissions");

            migrationBuilder.DropTable(
                name: "NumberSequences");

            migrationBuilder.DropTable(
                name: "RectificationTasks");

            migrationBuilder.DropTable(
                name: "ServiceRatings");

            migrationBuilder.DropTable(
                name: "StaffDepartments");

            migrationBuilder.DropTable(
                name: "TrainingAssignments");

            migrationBuilder.DropTable(
                name: "TrainingRuns");

            migrationBuilder.DropTable(
                name: "TrainingScenarios");

            migrationBuilder.DropTable(
                name: "WorkspacePreferences");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "AspNetUsers");
        }
    }
}
