namespace Movement.Core.IO;

/// <summary>A clock that always says the same time: tests and reproducible builds use it.</summary>
public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now { get; } = now;
}
