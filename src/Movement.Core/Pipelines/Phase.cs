namespace Movement.Core.Pipelines;

/// <summary>
/// The phases every pipeline runs in order. Read and Parse see only their own pipeline; Render also sees
/// what its dependencies parsed; PostProcess starts once every pipeline has rendered and sees them all.
/// There is no phase for writing: pages go to the output as each pipeline renders them (the engine's
/// PhaseDone and HandedOver callbacks), and the build commits the rest once every phase is done.
/// </summary>
public enum Phase
{
    Read,
    Parse,
    Render,
    PostProcess,
}
