using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.City;

public partial class CenterEditDialog
{
    private static readonly string[] Fields = ["code", "name", "county", "casePrefix", "timeZoneId"];
    private string _code = string.Empty;
    private string _name = string.Empty;
    private string _county = string.Empty;
    private string _prefix = string.Empty;
    private string _timeZone = CenterTimeZones.Default;
    private IReadOnlyList<ValidationProblem> _problems = [];
    private string? _other;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter]
    public CenterRow? Row { get; set; }

    protected override void OnInitialized()
    {
        if (Row is not null)
        {
            (_code, _name, _county, _prefix, _timeZone) = (Row.Code, Row.Name, Row.County, Row.CasePrefix, Row.TimeZoneId);
        }
    }

    private bool Has(string path) => _problems.Any(p => p.Path == path);

    private string? Error(string path) => _problems.FirstOrDefault(p => p.Path == path) is { } p
        ? FieldErrorText.Format(L, new FieldError(p.Path, p.Code, p.Args ?? new Dictionary<string, string>()))
        : null;

    private async Task SaveAsync()
    {
        _busy = true;
        _other = null;
        try
        {
            await Mediator.Send(new SaveCenter(Row?.Id, _code, _name, _county, _prefix, _timeZone));
            Dialog.Close(DialogResult.Ok(true));
        }
        catch (RequestValidationException ex)
        {
            _problems = ex.Problems;
            _other = ex.Problems.Any(p => !Fields.Contains(p.Path)) ? UserMessages.Describe(L, ex) : null;
        }
        catch (Exception ex) when (UserMessages.Describe(L, ex) is { } message)
        {
            _other = message;
        }
        finally
        {
            _busy = false;
        }
    }
}
