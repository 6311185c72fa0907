using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Api;
using ClerkStation.Features.CaseFile;
using ClerkStation.Features.Forms;
using ClerkStation.Features.ItemSearch;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Agents;

/// <summary>
/// The new-request form. It sends <see cref="SubmitPreApplication"/> with one Idempotency-Key per request being filled
/// (<see cref="_key"/>, also the photos' submission key), so a double tap, or a retry after a lost answer, submits once.
/// </summary>
public partial class AgentRequestForm
{
    /// <summary>The material code of the authorization letter (委托书) the resident signs for the agent.</summary>
    public const string AuthorizationLetterCode = "agent-authorization";

    private Guid _key = Guid.NewGuid();
    private string _name = string.Empty;
    private string _idNumber = string.Empty;
    private string? _phone;
    private TakenBy _how = TakenBy.Village;
    private string? _appointmentAt;
    private string? _appointmentPlace;
    private IntakeTarget? _target;
    private FormData _data = new();
    private DynamicForm? _form;
    private IReadOnlyList<FieldError> _problems = [];
    private bool _busy;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private CatalogStore Store { get; set; } = default!;
    [Inject] private CenterClock Clock { get; set; } = default!;

    [Parameter] public EventCallback<PreApplicationReceipt> OnSubmitted { get; set; }

    private IReadOnlyList<FieldError> FormErrors =>
        [.. _problems.Where(e => e.Path.StartsWith("form.", StringComparison.Ordinal)).Select(e => e with { Path = e.Path["form.".Length..] })];

    private static readonly string[] ShownAtField = ["applicant.name", "applicant.idNumber", "applicant.phone", "taking.appointmentAt", "taking.appointmentPlace", "targetCode"];

    private IReadOnlyList<FieldError> OtherProblems =>
        [.. _problems.Where(e => !e.Path.StartsWith("form.", StringComparison.Ordinal) && !ShownAtField.Contains(e.Path))];

    private bool Has(string path) => _problems.Any(p => p.Path == path);

    private string? Error(string path) => _problems.FirstOrDefault(p => p.Path == path) is { } p ? FieldErrorText.Format(L, p) : null;

    private void PickAsync(ItemChoice choice)
    {
        _target = Store.FindTarget(choice.Code);
        _data = new FormData();
        _problems = [.. _problems.Where(p => p.Path != "targetCode")];
    }

    private void ClearTarget() => _target = null;

    private AgentTaking Taking()
    {
        DateTimeOffset? at = DateTime.TryParse(_appointmentAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Clock.Now.Offset)
            : null;
        return _how == TakenBy.Phone ? new AgentTaking(TakenBy.Phone, at, _appointmentPlace) : new AgentTaking(TakenBy.Village);
    }

    private async Task SubmitAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            if (_target is null)
            {
                _problems = [new FieldError("targetCode", FieldErrorCodes.Required, new Dictionary<string, string>())];
                return;
            }

            _form?.ValidateAll();
            var pages = await Mediator.Send(new GetDraftPages(_key));
            var materials = _target.Materials.ToDictionary(
                m => m.Code, m => pages.Any(p => p.MaterialCode == m.Code) ? MaterialStatus.Copy : MaterialStatus.Missing);
            var applicant = new Applicant(ApplicantKind.Person, _name.Trim(), _idNumber.Trim().ToUpperInvariant(), string.IsNullOrWhiteSpace(_phone) ? null : _phone.Trim());
            var formJson = _data.ToJson();
            var taking = Taking();
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
                new { _target.Code, applicant, formJson, materials, taking }))));
            var submitted = await Mediator.Send(new SubmitPreApplication(
                _key.ToString("N"), hash, Channel.Agent, _target.Code, applicant, formJson, materials, taking, _key));
            _problems = [];
            await OnSubmitted.InvokeAsync(submitted.Receipt);
        }
        catch (RequestValidationException ex)
        {
            _problems = [.. ex.Problems.Select(p => new FieldError(p.Path, p.Code, p.Args ?? new Dictionary<string, string>()))];
        }
        catch (IdempotencyConflictException)
        {
            // Changed after a submission that went through: this request is a new one.
            _key = Guid.NewGuid();
            _problems = [new FieldError("request", "agent.changedAfterSubmit", new Dictionary<string, string>())];
        }
        finally
        {
            _busy = false;
        }
    }
}
