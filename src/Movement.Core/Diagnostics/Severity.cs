namespace Movement.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
