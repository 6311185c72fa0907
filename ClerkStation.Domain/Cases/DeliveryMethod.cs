namespace ClerkStation.Domain.Cases;

/// <summary>出件/送达: how the result reaches the applicant.</summary>
public enum DeliveryMethod
{
    Window,
    Post,
    Electronic,
}
