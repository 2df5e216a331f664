using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace InfraSdk.LocalCluster.Storage;

/// <summary>
/// The durable copy of the store: one SQLite database in the state folder (WAL). Each write, a batch of the store's
/// transactions (see <see cref="GroupCommitWriter"/>), commits with
/// synchronous=FULL, so an acknowledged write survives a crash.
/// </summary>
internal sealed class SqliteStateFile : IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteStateFile(SqliteConnection connection) => _connection = connection;

    public static SqliteStateFile Open(string directory)
    {
        Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, "cluster.db"),
            Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=FULL;
            CREATE TABLE IF NOT EXISTS objects (resource TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (resource, namespace, name));
            CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """);
        return new SqliteStateFile(connection);
    }

    public IEnumerable<(StoredObjectKey Key, JsonObject Object)> ReadObjects()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT resource, namespace, name, json FROM objects";
        using var reader = command.ExecuteReader();
        var rows = new List<(StoredObjectKey, JsonObject)>();
        while (reader.Read())
        {
            rows.Add((new StoredObjectKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)), JsonNode.Parse(reader.GetString(3))!.AsObject()));
        }

        return rows;
    }

    public string? ReadSetting(string key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM settings WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Writes a batch in one transaction, each statement prepared once for the batch.</summary>
    public void Write(IReadOnlyList<StoreChange> changes, IReadOnlyDictionary<string, string> settings)
    {
        using var transaction = _connection.BeginTransaction();
        using var upsert = Command(transaction, "INSERT INTO objects (resource, namespace, name, json) VALUES ($resource, $namespace, $name, $json) ON CONFLICT (resource, namespace, name) DO UPDATE SET json = excluded.json", "$resource", "$namespace", "$name", "$json");
        using var delete = Command(transaction, "DELETE FROM objects WHERE resource = $resource AND namespace = $namespace AND name = $name", "$resource", "$namespace", "$name");
        foreach (var change in changes)
        {
            var command = change.Object is null ? delete : upsert;
            command.Parameters[0].Value = change.Key.Resource;
            command.Parameters[1].Value = change.Key.Namespace;
            command.Parameters[2].Value = change.Key.Name;
            if (change.Object is not null)
            {
                command.Parameters[3].Value = change.Object.ToJsonString();
            }

            command.ExecuteNonQuery();
        }

        using var setting = Command(transaction, "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", "$key", "$value");
        foreach (var (key, value) in settings)
        {
            setting.Parameters[0].Value = key;
            setting.Parameters[1].Value = value;
            setting.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter, SqliteType.Text);
        }

        return command;
    }

    public void Dispose() => _connection.Dispose();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
