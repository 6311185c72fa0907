using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// Fast inserts for generated data (demo history, the benchmark database): one prepared INSERT per table, parameters
/// converted exactly as EF would (its own type mappings and value converters), no change tracking. Computed columns are
/// skipped; shadow properties (an owned type's foreign key) come from the constructor's <c>shadow</c>; an unset center is
/// the context's (<see cref="ClerkDbContext.InsertCenter"/>).
/// </summary>
public sealed class BulkInsert<T> : IDisposable
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, DbParameter Parameter)[] _columns;
    private readonly Func<T, string, object?>? _shadow;
    private readonly int _center;

    public BulkInsert(ClerkDbContext db, DbConnection connection, DbTransaction transaction, Func<T, string, object?>? shadow = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        _shadow = shadow;
        _center = db.InsertCenter;
        var properties = entity.GetProperties().Where(p => p.GetComputedColumnSql() is null).ToArray();
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _columns = properties
            .Select((p, i) => (p, ((RelationalTypeMapping)p.GetTypeMapping()).CreateParameter(_command, "@p" + i, null, p.IsNullable)))
            .ToArray();
        foreach (var (_, parameter) in _columns)
        {
            _command.Parameters.Add(parameter);
        }
        var table = entity.GetTableName();
        _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", properties.Select(p => "\"" + p.GetColumnName() + "\""))}) " +
            $"VALUES ({string.Join(", ", _columns.Select(c => c.Parameter.ParameterName))})";
        _command.Prepare();
    }

    public async Task AddAsync(T row, CancellationToken ct = default)
    {
        foreach (var (property, parameter) in _columns)
        {
            var value = property.IsShadowProperty()
                ? _shadow?.Invoke(row, property.Name)
                : property.GetGetter().GetClrValue(row!);
            if (property.Name == nameof(Domain.Common.ICenterOwned.CenterId) && value is 0)
            {
                value = _center; // stamped as the interceptor stamps tracked inserts (ADR 0018)
            }

            var converter = property.GetTypeMapping().Converter;
            if (value is not null && converter is not null)
            {
                value = converter.ConvertToProvider(value);
            }
            parameter.Value = value ?? DBNull.Value;
        }
        await _command.ExecuteNonQueryAsync(ct);
    }

    public void Dispose() => _command.Dispose();
}
