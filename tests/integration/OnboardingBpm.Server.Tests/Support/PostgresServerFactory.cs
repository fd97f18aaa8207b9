using OnboardingBpm.Persistence;

namespace OnboardingBpm.Server.Tests.Support;

/// <summary>The server on PostgreSQL, the production store: a fresh database per factory, dropped with it.</summary>
public sealed class PostgresServerFactory() : ServerFactory(DatabaseProvider.PostgreSql);

/// <summary><see cref="ScheduledByTestServerFactory"/> on a fresh PostgreSQL database.</summary>
public sealed class PostgresScheduledByTestServerFactory() : ScheduledByTestServerFactory(DatabaseProvider.PostgreSql);
