using ClerkStation.Domain.Forms;

namespace ClerkStation.Features.Forms;

/// <summary>The errors shown at each path: local ones from <see cref="FormValidator"/> as the clerk types, and the server's.</summary>
public sealed partial class DynamicFormContext
{
    private readonly Dictionary<string, FieldError> _local = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldError> _server = new(StringComparer.Ordinal);

    /// <summary>Local errors first (in the order found), then server errors at paths without a local one.</summary>
    public IReadOnlyList<FieldError> Errors =>
        [.. _local.Values, .. _server.Values.Where(e => !_local.ContainsKey(e.Path))];

    public FieldError? ErrorAt(string path) =>
        _local.TryGetValue(path, out var local) ? local : _server.GetValueOrDefault(path);

    internal void SetServerErrors(IEnumerable<FieldError>? errors)
    {
        _server.Clear();
        foreach (var error in errors ?? [])
        {
            _server.TryAdd(error.Path, error);
        }
    }

    internal void SetLocalErrors(IEnumerable<FieldError> errors)
    {
        _local.Clear();
        foreach (var error in errors)
        {
            _local.TryAdd(error.Path, error);
        }
    }

    internal void ClearLocalErrors() => _local.Clear();

    private void Check(FieldDefinition field, FormData row, string path)
    {
        if (FormValidator.ValidateField(field, row, Root, Today, path) is { } error)
        {
            _local[path] = error;
        }
        else
        {
            _local.Remove(path);
        }
    }

    // A shown error can go stale when another value changes (requiredWhen, visibleWhen, rows): check each again.
    private void RevalidateShown()
    {
        foreach (var path in _local.Keys.ToList())
        {
            if (Resolve(path) is var (field, row))
            {
                Check(field, row, path);
            }
            else
            {
                _local.Remove(path);
            }
        }
    }
}
