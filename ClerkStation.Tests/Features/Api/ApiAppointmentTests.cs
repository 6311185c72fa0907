using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Devices;

namespace ClerkStation.Tests.Features.Api;

/// <summary>The appointment API (slots, booking, problem details) and POST /api/v1/tickets with a device's credentials, over HTTP.</summary>
public sealed class ApiAppointmentTests : FreshAppTest<FixedClockAppFactory>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    protected override void BeforeStart()
    {
        App.Clock.Now = new DateTimeOffset(2026, 3, 11, 8, 0, 0, China);
    }

    private static string Id(int n) => Domain.Training.ScenarioParserTests.ValidId("330902", "19800101", n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string path, object body, string? key = null, string? device = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        if (device is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Device", device);
        }

        return http.SendAsync(request, Ct);
    }

    private static object Booking(int id, string start = "2026-03-11T10:00:00+08:00") =>
        new { category = "A", slotStart = start, name = "网上预约" + id, idNumber = Id(id), phone = "13812345678" };

    [Fact]
    public async Task Slots_list_free_places_on_working_days_and_a_bad_query_is_a_problem()
    {
        using var http = await ApiHttp.ClientAsync(App);
        var wednesday = await ApiHttp.JsonAsync(await http.GetAsync("/api/v1/appointments/slots?category=A&from=2026-03-11&to=2026-03-11", Ct));
        Assert.Equal(14, wednesday.GetArrayLength());
        Assert.Equal(3, wednesday[0].GetProperty("free").GetInt32());
        Assert.Equal(DateTimeOffset.Parse("2026-03-11T08:30:00+08:00", System.Globalization.CultureInfo.InvariantCulture), wednesday[0].GetProperty("start").GetDateTimeOffset());

        var weekend = await ApiHttp.JsonAsync(await http.GetAsync("/api/v1/appointments/slots?category=A&from=2026-03-14&to=2026-03-15", Ct));
        Assert.Equal(0, weekend.GetArrayLength());

        var badCategory = await http.GetAsync("/api/v1/appointments/slots?category=E&from=2026-03-11", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badCategory.StatusCode);
        Assert.Equal("application/problem+json", badCategory.Content.Headers.ContentType?.MediaType);
        var badDate = await http.GetAsync("/api/v1/appointments/slots?category=A&from=tomorrow", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Fact]
    public async Task A_booking_is_201_a_retry_returns_it_and_a_full_slot_is_a_409_problem()
    {
        using var http = await ApiHttp.ClientAsync(App);
        var key = Guid.NewGuid().ToString();
        var first = await PostAsync(http, "/api/v1/appointments", Booking(1), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var receipt = await ApiHttp.JsonAsync(first);
        Assert.Equal(6, receipt.GetProperty("code").GetString()!.Length);

        var again = await PostAsync(http, "/api/v1/appointments", Booking(1), key);
        Assert.Equal(receipt.GetProperty("id").GetGuid(), (await ApiHttp.JsonAsync(again)).GetProperty("id").GetGuid());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(http, "/api/v1/appointments", Booking(9), key)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(http, "/api/v1/appointments", Booking(2), Guid.NewGuid().ToString())).StatusCode);
        var samePerson = await PostAsync(http, "/api/v1/appointments", Booking(1), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Conflict, samePerson.StatusCode);
        Assert.Equal("appointment.alreadyBooked", (await ApiHttp.JsonAsync(samePerson)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(http, "/api/v1/appointments", Booking(3), Guid.NewGuid().ToString())).StatusCode);
        var full = await PostAsync(http, "/api/v1/appointments", Booking(4), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Equal("application/problem+json", full.Content.Headers.ContentType?.MediaType);
        var problem = await ApiHttp.JsonAsync(full);
        Assert.Equal("appointment.slotFull", problem.GetProperty("code").GetString());
        Assert.EndsWith("/appointment.slotFull", problem.GetProperty("type").GetString(), StringComparison.Ordinal);

        var saturday = await PostAsync(http, "/api/v1/appointments", Booking(5, "2026-03-14T10:00:00+08:00"), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, saturday.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(http, "/api/v1/appointments", Booking(6), key: null)).StatusCode);
        var badId = await PostAsync(http, "/api/v1/appointments", new { category = "A", slotStart = "2026-03-11T11:00:00+08:00", name = "x", idNumber = "123" }, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
    }

    [Fact]
    public async Task A_token_without_the_appointments_scope_is_refused()
    {
        using var http = await ApiHttp.ClientAsync(App, scope: "catalog.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/appointments/slots?category=A", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(http, "/api/v1/appointments", Booking(1), Guid.NewGuid().ToString())).StatusCode);
    }

    [Fact]
    public async Task A_kiosk_issues_tickets_with_its_credentials_and_other_devices_are_refused()
    {
        var kiosk = await App.SendAsync(Actors.Admin, new RegisterDevice("自助取号机", DeviceKind.Kiosk));
        var hall = await App.SendAsync(Actors.Admin, new RegisterDevice("大厅屏", DeviceKind.HallDisplay));
        using var http = App.CreateClient();

        var issued = await PostAsync(http, "/api/v1/tickets", new { category = "A", priority = "Aged70" }, device: kiosk.Link);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var ticket = await ApiHttp.JsonAsync(issued);
        Assert.Equal("A001", ticket.GetProperty("number").GetString());
        Assert.Equal(0, ticket.GetProperty("peopleAhead").GetInt32());
        Assert.Contains("/q/", ticket.GetProperty("phoneUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("appointment").ValueKind);

        using var client = await ApiHttp.ClientAsync(App);
        var code = (await ApiHttp.JsonAsync(await PostAsync(client, "/api/v1/appointments", Booking(1, "2026-03-11T09:00:00+08:00"), Guid.NewGuid().ToString())))
            .GetProperty("code").GetString();
        var checkedIn = await ApiHttp.JsonAsync(await PostAsync(http, "/api/v1/tickets", new { bookingCode = code }, device: kiosk.Link));
        Assert.False(checkedIn.GetProperty("appointment").GetProperty("late").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(http, "/api/v1/tickets", new { bookingCode = code }, device: kiosk.Link)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(http, "/api/v1/tickets", new { category = "Z" }, device: kiosk.Link)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(http, "/api/v1/tickets", new { category = "A" }, device: hall.Link)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(http, "/api/v1/tickets", new { category = "A" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(http, "/api/v1/tickets", new { category = "A" }, device: kiosk.Link[..33] + "wrong")).StatusCode);
        await App.SendAsync(Actors.Admin, new RevokeDevice(kiosk.Id));
        var revoked = await PostAsync(http, "/api/v1/tickets", new { category = "A" }, device: kiosk.Link);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal("application/problem+json", revoked.Content.Headers.ContentType?.MediaType);
    }
}
