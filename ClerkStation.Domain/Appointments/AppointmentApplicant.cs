namespace ClerkStation.Domain.Appointments;

/// <summary>Who booked: the applicant's name, resident ID number and phone, already checked and normalized.</summary>
public sealed record AppointmentApplicant(string Name, string IdNumber, string? Phone);
