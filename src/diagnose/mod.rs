//! Diagnosis: probe observations in, findings out. Pure: no I/O.
