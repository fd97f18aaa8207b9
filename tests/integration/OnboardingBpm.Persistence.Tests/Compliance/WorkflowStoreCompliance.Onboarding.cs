using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Persistence.Stores;

namespace OnboardingBpm.Persistence.Tests.Compliance;

/// <summary>Helpers of the onboarding store tests: services, and raw SQL that looks past the stores at the columns.</summary>
public abstract partial class WorkflowStoreCompliance
{
    private T Service<T>()
        where T : notnull => Engine.Services.GetRequiredService<T>();

    private IPersonalDataProtector Protector => Service<IPersonalDataProtector>();

    /// <summary>Every value of every row the query returns, as text (null stays null).</summary>
    private async Task<List<string?[]>> RawAsync(string sql)
    {
        await using var db = Service<WorkflowContexts>().Create();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string?[]>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        return rows;
    }

    private async Task<int> ExecuteRawAsync(string sql)
    {
        await using var db = Service<WorkflowContexts>().Create();
        return await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }

    /// <summary>The key id inside a protected value (version byte, id length, id).</summary>
    private static string KeyIdOf(string protectedValue)
    {
        var bytes = Convert.FromBase64String(protectedValue);
        return System.Text.Encoding.UTF8.GetString(bytes, 2, bytes[1]);
    }
}
