using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Checks;

namespace ClerkStation.Domain.Intake;

/// <summary>
/// Who is applying must be identified before any decision at the counter: a person by resident ID, an enterprise by
/// unified social credit code, and a proxy agent by their own ID. Paths start with "applicant." so the UI can show
/// each error at its input. The same rules run in the browser and on the server.
/// </summary>
public static class ApplicantRules
{
    public static IReadOnlyList<FieldError> Validate(Applicant applicant, ApplicantKind allowed, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (allowed != ApplicantKind.Both && applicant.Kind != allowed)
        {
            errors.Add(new FieldError("applicant.kind", IntakeRuleCodes.ApplicantKindNotAllowed));
        }

        Required(errors, "applicant.name", applicant.Name);
        if (applicant.Kind == ApplicantKind.Enterprise)
        {
            var code = UnifiedCreditCode.Validate(applicant.IdNumber);
            if (code.ErrorCode is { } error)
            {
                errors.Add(new FieldError("applicant.idNumber", string.IsNullOrWhiteSpace(applicant.IdNumber) ? FieldErrorCodes.Required : error));
            }

            Required(errors, "applicant.legalRepresentative", applicant.LegalRepresentative);
        }
        else
        {
            ResidentId(errors, "applicant.idNumber", applicant.IdNumber, today);
        }

        if (!string.IsNullOrWhiteSpace(applicant.Phone) && !MobileNumber.IsValid(applicant.Phone))
        {
            errors.Add(new FieldError("applicant.phone", FieldErrorCodes.MobileFormat));
        }

        if (applicant.Proxy is { } proxy)
        {
            Required(errors, "applicant.proxy.name", proxy.Name);
            ResidentId(errors, "applicant.proxy.idNumber", proxy.IdNumber, today);
            if (!string.IsNullOrWhiteSpace(proxy.Phone) && !MobileNumber.IsValid(proxy.Phone))
            {
                errors.Add(new FieldError("applicant.proxy.phone", FieldErrorCodes.MobileFormat));
            }
        }

        return errors;
    }

    /// <summary>Trims, upper-cases check characters and normalizes phone numbers, as the clerk would have typed them.</summary>
    public static Applicant Normalize(Applicant applicant) => applicant with
    {
        Name = applicant.Name.Trim(),
        IdNumber = applicant.IdNumber.Trim().ToUpperInvariant(),
        Phone = string.IsNullOrWhiteSpace(applicant.Phone) ? null : MobileNumber.Normalize(applicant.Phone),
        Address = string.IsNullOrWhiteSpace(applicant.Address) ? null : applicant.Address.Trim(),
        LegalRepresentative = string.IsNullOrWhiteSpace(applicant.LegalRepresentative) ? null : applicant.LegalRepresentative.Trim(),
        Proxy = applicant.Proxy is null ? null : applicant.Proxy with
        {
            Name = applicant.Proxy.Name.Trim(),
            IdNumber = applicant.Proxy.IdNumber.Trim().ToUpperInvariant(),
            Phone = string.IsNullOrWhiteSpace(applicant.Proxy.Phone) ? null : MobileNumber.Normalize(applicant.Proxy.Phone),
        },
    };

    private static void Required(List<FieldError> errors, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(path, FieldErrorCodes.Required));
        }
    }

    private static void ResidentId(List<FieldError> errors, string path, string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(path, FieldErrorCodes.Required));
        }
        else if (ResidentIdNumber.Validate(value, today).ErrorCode is { } error)
        {
            errors.Add(new FieldError(path, error));
        }
    }
}
