namespace Movement.Core.IO;

/// <summary>The build's idea of "now": drafts, scheduled items and countdowns depend on it.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }
}
