namespace Movement.Core.Pipeline;

/// <summary>
/// The phases every pipeline runs in order. Read and Parse see only their own pipeline; Render also sees
/// what its dependencies parsed; PostProcess starts once every pipeline has rendered and sees them all;
/// Write runs when every pipeline has post-processed.
/// </summary>
public enum Phase
{
    Read,
    Parse,
    Render,
    PostProcess,
    Write,
}
