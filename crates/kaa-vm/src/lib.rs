//! The kaa virtual machine.
