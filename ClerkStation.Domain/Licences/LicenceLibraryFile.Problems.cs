using ClerkStation.Domain.Json;
using C = ClerkStation.Domain.Licences.LicenceRowProblemCodes;

namespace ClerkStation.Domain.Licences;

// Problems as the admin's screen shows them: a code and its arguments, located by file and JSON path.
public static partial class LicenceLibraryFile
{
    /// <summary>A problem the JSON toolkit found, as the admin's screen shows it: the toolkit's kind as a licence problem code.</summary>
    private static LicenceRowProblem From(JsonProblem problem, int row) => problem.Kind switch
    {
        JsonProblemKind.Encoding => Problem(row, problem.JsonPath, problem.File, C.Encoding, problem.Message, problem.Args[1]),
        JsonProblemKind.Syntax => Problem(row, problem.JsonPath, problem.File, C.Json, problem.Message, problem.Args[0]),
        JsonProblemKind.NotAnObject when row == 0 => Problem(row, problem.JsonPath, problem.File, C.Shape, problem.Message),
        JsonProblemKind.NotAnObject => Problem(row, problem.JsonPath, problem.File, C.NotAnObject, problem.Message),
        JsonProblemKind.UnknownProperty => Problem(row, problem.JsonPath, problem.File, C.UnknownField, problem.Message, string.Join(", ", problem.Args)),
        JsonProblemKind.DuplicateProperty => Problem(row, problem.JsonPath, problem.File, C.DuplicateField, problem.Message),
        JsonProblemKind.Missing or JsonProblemKind.Empty when row == 0 => Problem(row, problem.JsonPath, problem.File, C.Shape, problem.Message),
        JsonProblemKind.Missing or JsonProblemKind.Empty => Problem(row, problem.JsonPath, problem.File, C.Required, problem.Message),
        JsonProblemKind.WrongType when row == 0 => Problem(row, problem.JsonPath, problem.File, C.Shape, problem.Message),
        _ => Problem(row, problem.JsonPath, problem.File, C.WrongType, problem.Message),
    };

    private static LicenceRowProblem Problem(int row, string jsonPath, string file, string code, string message, params string[] args) =>
        new(row, FieldOf(jsonPath), code, args, message) { File = file, JsonPath = jsonPath };

    /// <summary>The property a path ends with (<c>$.licences[2].type</c> → <c>type</c>), or the path itself.</summary>
    private static string FieldOf(string jsonPath) =>
        jsonPath.LastIndexOf('.') is var dot and >= 0 && !jsonPath.EndsWith(']') ? jsonPath[(dot + 1)..] : jsonPath;
}
