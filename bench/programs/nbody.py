# n-body simulation: a star and a handful of orbiting bodies advanced
# with a simple symplectic (kick-drift) integrator.  Float arithmetic on
# list elements, nested loops over body pairs, energy computed at the end.


def make_system(n_planets):
    # Body layout: [x, y, z, vx, vy, vz, mass]
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1000.0]]
    seed = 11
    for k in range(n_planets):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        r = 5.0 + 4.0 * k + (seed % 100) / 100.0
        mass = 0.05 + (seed % 37) / 100.0
        # Roughly circular orbit in the xy-plane with a small z tilt.
        speed = (1000.0 / r) ** 0.5
        angle_x = (seed % 7) / 7.0
        bodies.append([r * (1.0 - angle_x), r * angle_x, 0.01 * k,
                       -speed * angle_x, speed * (1.0 - angle_x), 0.0, mass])
    # Give the star the opposite momentum so the centre of mass is still.
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    star = bodies[0]
    star[3] = -px / star[6]
    star[4] = -py / star[6]
    star[5] = -pz / star[6]
    return bodies


def pairs_of(bodies):
    out = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            out.append((bodies[i], bodies[j]))
    return out


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (b1, b2) in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for (b1, b2) in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        e -= b1[6] * b2[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def main():
    bodies = make_system(5)
    pairs = pairs_of(bodies)
    e0 = energy(bodies, pairs)
    advance(bodies, pairs, 0.001, 60000)
    e1 = energy(bodies, pairs)
    print("energy before %.9f" % e0)
    print("energy after  %.9f" % e1)
    print("checksum", int(abs(e0) * 1000) + int(abs(e1) * 1000))


main()
