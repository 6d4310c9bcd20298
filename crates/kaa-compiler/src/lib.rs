//! Symbol table, code generation, opcode table and disassembler.
