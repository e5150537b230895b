namespace Movement.Cli.Preview;

/// <summary>The snapshot being served: replaced whole after each good build, so a request never sees half of two builds.</summary>
public sealed class ServedSite
{
    private SiteSnapshot _current = SiteSnapshot.None;

    public SiteSnapshot Current => Volatile.Read(ref _current);

    public void Replace(SiteSnapshot next) => Volatile.Write(ref _current, next);
}
