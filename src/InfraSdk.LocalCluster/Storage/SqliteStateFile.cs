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

    public void Write(IReadOnlyList<StoreChange> changes, IReadOnlyDictionary<string, string> settings)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var change in changes)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = change.Object is null
                ? "DELETE FROM objects WHERE resource = $resource AND namespace = $namespace AND name = $name"
                : "INSERT INTO objects (resource, namespace, name, json) VALUES ($resource, $namespace, $name, $json) ON CONFLICT (resource, namespace, name) DO UPDATE SET json = excluded.json";
            command.Parameters.AddWithValue("$resource", change.Key.Resource);
            command.Parameters.AddWithValue("$namespace", change.Key.Namespace);
            command.Parameters.AddWithValue("$name", change.Key.Name);
            if (change.Object is not null)
            {
                command.Parameters.AddWithValue("$json", change.Object.ToJsonString());
            }

            command.ExecuteNonQuery();
        }

        foreach (var (key, value) in settings)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$value", value);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose() => _connection.Dispose();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
