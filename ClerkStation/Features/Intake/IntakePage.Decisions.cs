using ClerkStation.Domain.Common;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using MudBlazor;

namespace ClerkStation.Features.Intake;

public partial class IntakePage
{
    private async Task AcceptAsync()
    {
        if (_target is null || _busy)
        {
            return;
        }

        _triedAccept = true;
        _problems = CheckBeforeAccept(_target);
        if (_problems.Count > 0)
        {
            return;
        }

        var command = new SubmitApplication(_submissionKey, _target.Code, _applicant.ToApplicant(), _data.ToJson(), new Dictionary<string, Domain.Cases.MaterialStatus>(_materials),
            new Dictionary<string, Guid>(_licenceIds), PreApplicationId);
        await DecideAsync(async () => await Mediator.Send(command));
    }

    /// <summary>The server's rules for an acceptance, checked here first and listed at the decision bar by name.</summary>
    private List<ValidationProblem> CheckBeforeAccept(Domain.Catalog.IntakeTarget target)
    {
        var problems = new List<ValidationProblem>();
        problems.AddRange((_applicantPanel?.Validate() ?? []).Select(IntakeValidation.ToProblem));
        if (_form is not null && !_form.ValidateAll())
        {
            problems.AddRange(_form.CurrentErrors.Select(e => IntakeValidation.ToProblem(e with { Path = "form." + e.Path })));
        }

        problems.AddRange(target.RequiredMaterials(_data)
            .Where(m => MaterialRules.IsMissing(m, true, _materials.TryGetValue(m.Code, out var s) ? s : null))
            .Select(m => new ValidationProblem("materials." + m.Code,
                _materials.GetValueOrDefault(m.Code, Domain.Cases.MaterialStatus.Missing) == Domain.Cases.MaterialStatus.Missing
                    ? IntakeRuleCodes.MaterialMissing : IntakeRuleCodes.MaterialStatusNotAllowed)));
        return problems;
    }

    private async Task NoticeAsync()
    {
        if (_target is null || _busy)
        {
            return;
        }

        _problems = [.. (_applicantPanel?.Validate() ?? []).Select(IntakeValidation.ToProblem)];
        if (_problems.Count > 0)
        {
            return;
        }

        _form?.ValidateAll();
        var proposal = OneTimeNotice.Propose(_target, _data, _materials, Clock.Today);
        if (proposal.Lines.Count == 0 && proposal.Optional.Count == 0)
        {
            Snackbar.Add(L["Notice.NothingMissing"], Severity.Info);
            return;
        }

        var parameters = new DialogParameters<OneTimeNoticeDialog> { { d => d.Lines, proposal.Lines }, { d => d.Optional, proposal.Optional } };
        var dialog = await Dialogs.ShowAsync<OneTimeNoticeDialog>(L["Notice.DialogTitle"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: NoticeReview review })
        {
            var command = new IssueOneTimeNotice(_submissionKey, _target.Code, _applicant.ToApplicant(), _data.ToJson(),
                new Dictionary<string, Domain.Cases.MaterialStatus>(_materials), review.Lines, review.Note, PreApplicationId);
            await DecideAsync(async () => await Mediator.Send(command));
        }
    }

    private async Task RefuseAsync()
    {
        if (_target is null || _busy)
        {
            return;
        }

        _problems = [.. (_applicantPanel?.Validate() ?? []).Select(IntakeValidation.ToProblem)];
        if (_problems.Count > 0)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<RefuseDialog>(L["Refuse.DialogTitle"], new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string reason })
        {
            var command = new RefuseApplication(_submissionKey, _target.Code, _applicant.ToApplicant(), reason, PreApplicationId);
            await DecideAsync(async () => await Mediator.Send(command));
        }
    }

    /// <summary>Runs a decision once at a time; maps server-side problems back onto the fields that caused them.</summary>
    private async Task DecideAsync(Func<Task<IntakeOutcome>> send)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            // The decision deletes this application's draft in its own transaction; a save racing with it finds the key
            // decided and writes nothing.
            _outcome = await send();
            _drafts = [];
            _draftTimer?.Cancel();
        }
        catch (RequestValidationException ex)
        {
            _serverErrors = [.. ex.Problems.Select(p => new FieldError(p.Path, p.Code, p.Args ?? new Dictionary<string, string>()))];
            _problems = ex.Problems;
            _triedAccept = true;
        }
        catch (DomainRuleException ex)
        {
            _problems = [new ValidationProblem("decision", ex.Code)];
        }
        catch (AccessDeniedException)
        {
            Snackbar.Add(L["NotAllowed.Body"], Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }
}
