namespace OnboardingBpm.Simulators.Segment;

/// <summary>
/// The events Segment accepted, deduplicated by messageId (the first one wins, as Segment keeps it), with
/// counts of the duplicates and of the events dropped from oversized batches.
/// </summary>
public sealed class SegmentEventLog
{
    private readonly Lock gate = new();
    private readonly List<SegmentEvent> events = [];
    private readonly HashSet<string> messageIds = new(StringComparer.Ordinal);
    private int duplicates;
    private int dropped;

    public IReadOnlyList<SegmentEvent> Events
    {
        get
        {
            lock (gate)
            {
                return events.ToList();
            }
        }
    }

    public int Duplicates
    {
        get
        {
            lock (gate)
            {
                return duplicates;
            }
        }
    }

    public int Dropped
    {
        get
        {
            lock (gate)
            {
                return dropped;
            }
        }
    }

    internal void Accept(SegmentEvent accepted)
    {
        lock (gate)
        {
            if (messageIds.Add(accepted.MessageId))
            {
                events.Add(accepted);
            }
            else
            {
                duplicates++;
            }
        }
    }

    internal void Drop(int count)
    {
        lock (gate)
        {
            dropped += count;
        }
    }
}
