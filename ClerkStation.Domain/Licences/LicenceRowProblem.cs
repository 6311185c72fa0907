namespace ClerkStation.Domain.Licences;

/// <summary>
/// What is wrong with one row (1-based; 0 = the whole file), in which field: a <see cref="LicenceRowProblemCodes"/> code
/// with its arguments for the admin's screen in either language, and the same in English for logs and the command line,
/// located like every data file's problem: <c>file · JSON path · message</c>.
/// </summary>
public sealed record LicenceRowProblem(int Row, string Field, string Code, IReadOnlyList<string> Args, string Message)
{
    public string File { get; init; } = LicenceLibraryFile.DefaultFileName;

    /// <summary>Where in the file: <c>$.licences[2].type</c>, or <c>$</c> for the whole file.</summary>
    public string JsonPath { get; init; } = "$";

    /// <summary><c>library.json · $.licences[2].type · unknown licence type 'passport' (known: …)</c>.</summary>
    public override string ToString() => $"{File} · {JsonPath} · {Message}";
}

/// <summary>The kinds of problem a licence library file can have (resource keys <c>Licences.Import.Problem.{code}</c>).</summary>
public static class LicenceRowProblemCodes
{
    public const string Json = "json";
    public const string Shape = "shape";
    public const string Duplicate = "duplicate";
    public const string NotAnObject = "notAnObject";
    public const string UnknownField = "unknownField";
    public const string Required = "required";
    public const string NotADate = "notADate";
    public const string UnknownType = "unknownType";
    public const string Status = "status";
    public const string ValidUntilBeforeIssued = "validUntilBeforeIssued";
    public const string IssuedInFuture = "issuedInFuture";
    public const string PersonId = "personId";
    public const string CreditCode = "creditCode";
    public const string Encoding = "encoding";
    public const string DuplicateField = "duplicateField";
    public const string WrongType = "wrongType";

    public static readonly IReadOnlyList<string> All =
        [Json, Shape, Duplicate, NotAnObject, UnknownField, Required, NotADate, UnknownType, Status, ValidUntilBeforeIssued, IssuedInFuture, PersonId, CreditCode,
         Encoding, DuplicateField, WrongType];
}
