//! Native standard-library modules and their registry.
