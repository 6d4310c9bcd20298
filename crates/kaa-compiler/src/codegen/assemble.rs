//! Assembly: turns a finished code unit into a `CodeObject` — resolves labels to instruction
//! indices, computes the stack depth at every instruction by flow analysis (as CPython's
//! `stackdepth()`), derives each handler's depth, and coalesces the per-instruction handler
//! marks into a non-overlapping exception table.

use super::Unit;
use crate::code::{CodeFlags, CodeObject, ExcEntry};
use std::rc::Rc;

pub(crate) fn assemble(mut u: Unit, filename: &Rc<str>) -> CodeObject {
    let n = u.instrs.len();
    let label_pos: Vec<u32> = u.labels.iter().map(|l| l.unwrap_or(n as u32)).collect();
    for ins in u.instrs.iter_mut() {
        if ins.op.is_jump() {
            ins.arg = label_pos.get(ins.arg as usize).copied().unwrap_or(n as u32);
        }
    }
    let handler_target: Vec<u32> = u
        .handlers
        .iter()
        .map(|h| {
            label_pos
                .get(h.label.0 as usize)
                .copied()
                .unwrap_or(n as u32)
        })
        .collect();

    // Flow analysis of stack depths.
    let mut depth: Vec<i32> = vec![-1; n + 1];
    let mut handler_depth: Vec<i32> = vec![-1; u.handlers.len()];
    let mut work: Vec<usize> = Vec::new();
    let mut max = 0i32;
    // Depths are bounded by the code's size; a larger value means unbalanced emission, which
    // must not hang the compiler (the VM grows its stack as needed anyway).
    let limit = (n as i32 + 16) * 4;
    let set = |depth: &mut Vec<i32>, work: &mut Vec<usize>, i: usize, d: i32| {
        if i < depth.len() && depth[i] < d && d <= limit {
            depth[i] = d;
            work.push(i);
        }
    };
    if n > 0 {
        set(&mut depth, &mut work, 0, 0);
    }
    while let Some(i) = work.pop() {
        if i >= n {
            continue;
        }
        let d = depth[i];
        let ins = u.instrs[i];
        if let Some(h) = u.instr_handler[i] {
            let h = h as usize;
            let hinfo = u.handlers[h];
            let base = depth.get(hinfo.setup_at).copied().unwrap_or(-1);
            if base >= 0 {
                let hd = base + hinfo.adjust;
                if handler_depth[h] < hd {
                    handler_depth[h] = hd;
                }
                set(&mut depth, &mut work, handler_target[h] as usize, hd + 1);
                max = max.max(hd + 1);
            }
        }
        let after = d + ins.op.stack_effect(ins.arg);
        max = max.max(after).max(d);
        for (j, dj) in crate::flow::successors(ins, i, d).into_iter().flatten() {
            set(&mut depth, &mut work, j, dj);
        }
    }

    // Exception table: runs of instructions sharing a handler.
    let mut table: Vec<ExcEntry> = Vec::new();
    let mut i = 0;
    while i < n {
        match u.instr_handler[i] {
            None => i += 1,
            Some(h) => {
                let start = i;
                while i < n && u.instr_handler[i] == Some(h) {
                    i += 1;
                }
                table.push(ExcEntry {
                    start: start as u32,
                    end: i as u32,
                    target: handler_target[h as usize],
                    depth: handler_depth[h as usize].max(0) as u32,
                });
            }
        }
    }

    let total_args = {
        let mut t = (u.argcount + u.kwonlyargcount) as usize;
        if u.flags & CodeFlags::VARARGS != 0 {
            t += 1;
        }
        if u.flags & CodeFlags::VARKEYWORDS != 0 {
            t += 1;
        }
        t
    };
    let cell2arg = u
        .cellvars
        .iter()
        .map(|c| {
            u.varnames[..total_args.min(u.varnames.len())]
                .iter()
                .position(|v| v == c)
                .map(|p| p as u32)
        })
        .collect();
    let mut flags = u.flags;
    if u.freevars.is_empty() && u.cellvars.is_empty() {
        flags |= CodeFlags::NOFREE;
    }
    let rc = |v: &Vec<String>| {
        v.iter()
            .map(|s| Rc::from(s.as_str()))
            .collect::<Vec<Rc<str>>>()
    };
    CodeObject {
        name: Rc::from(u.name.as_str()),
        qualname: Rc::from(u.qualname.as_str()),
        filename: filename.clone(),
        flags: CodeFlags(flags),
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        // Exact sizes: code objects live as long as their functions and modules, and the
        // vectors grew by doubling while the unit was compiled.
        locations: shrunk(std::mem::take(&mut u.locs)),
        consts: shrunk(std::mem::take(&mut u.consts)),
        names: rc(&u.names),
        varnames: rc(&u.varnames),
        cellvars: rc(&u.cellvars),
        freevars: rc(&u.freevars),
        cell2arg,
        exception_table: shrunk(table),
        firstlineno: u.firstlineno,
        stacksize: max.max(0) as u32 + 1,
        ncaches: u.ncaches,
        instrs: shrunk(u.instrs),
    }
}

fn shrunk<T>(mut v: Vec<T>) -> Vec<T> {
    v.shrink_to_fit();
    v
}
