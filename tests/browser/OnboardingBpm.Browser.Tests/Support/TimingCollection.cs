namespace OnboardingBpm.Browser.Tests.Support;

/// <summary>A timing is only meaningful when the other browser tests of this run are not sharing the two cores.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;
