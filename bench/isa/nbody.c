/* The five-body Jovian planet simulation (Sun, Jupiter, Saturn, Uranus,
 * Neptune) in double precision, integrated with a fixed time step: per step
 * ten pair interactions, each a division and a square root and a run of
 * multiply-adds, then a position update. The energy is computed before and
 * after. Only + - * / and sqrt are used, which IEEE 754 rounds correctly
 * everywhere, and both builds use -ffp-contract=off (no fused multiply-add),
 * so the guest's results are bit-identical to the host's: they are printed
 * as the raw bits of the doubles and as integers scaled by 1e9. */
#include "bench.h"

#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 600000
#endif
#define NBODIES 5

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24

struct body {
    double x, y, z, vx, vy, vz, mass;
};

static struct body bodies[NBODIES] = {
    /* Sun */
    {0, 0, 0, 0, 0, 0, SOLAR_MASS},
    /* Jupiter */
    {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
     1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
     -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
    /* Saturn */
    {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
     -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
     2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
    /* Uranus */
    {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
     2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
     -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
    /* Neptune */
    {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
     2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
     -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
};

static uint64_t bits(double d)
{
    union {
        double d;
        uint64_t u;
    } u = {d};
    return u.u;
}

/* Rounded to the nearest integer, half away from zero; |d| < 2^63. */
static uint64_t scaled(double d)
{
    d *= 1e9;
    return (uint64_t)(int64_t)(d < 0 ? d - 0.5 : d + 0.5);
}

/* The Sun moves so that the total momentum is zero. */
static void offset_momentum(struct body *b, int n)
{
    double px = 0, py = 0, pz = 0;
    for (int i = 0; i < n; i++) {
        px += b[i].vx * b[i].mass;
        py += b[i].vy * b[i].mass;
        pz += b[i].vz * b[i].mass;
    }
    b[0].vx = -px / SOLAR_MASS;
    b[0].vy = -py / SOLAR_MASS;
    b[0].vz = -pz / SOLAR_MASS;
}

static double energy(const struct body *b, int n)
{
    double e = 0;
    for (int i = 0; i < n; i++) {
        e += 0.5 * b[i].mass * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
        for (int j = i + 1; j < n; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
            e -= b[i].mass * b[j].mass / __builtin_sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(struct body *b, int n, double dt)
{
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * __builtin_sqrt(d2));
            double mi = b[i].mass * mag, mj = b[j].mass * mag;
            b[i].vx -= dx * mj;
            b[i].vy -= dy * mj;
            b[i].vz -= dz * mj;
            b[j].vx += dx * mi;
            b[j].vy += dy * mi;
            b[j].vz += dz * mi;
        }
    }
    for (int i = 0; i < n; i++) {
        b[i].x += dt * b[i].vx;
        b[i].y += dt * b[i].vy;
        b[i].z += dt * b[i].vz;
    }
}

int main(void)
{
    int steps = (int)bench_opaque(ITERATIONS);
    int n = (int)bench_opaque(NBODIES);
    /* Through memory, so that neither compiler folds dt into the code. */
    volatile double dt_in = 0.01;
    double dt = dt_in;

    offset_momentum(bodies, n);
    double e0 = energy(bodies, n);
    print_result("nbody.energy_before_e9", scaled(e0));
    print_result("nbody.energy_before_bits", bits(e0));
    for (int s = 0; s < steps; s++) advance(bodies, n, dt);
    double e1 = energy(bodies, n);
    print_result("nbody.energy_after_e9", scaled(e1));
    print_result("nbody.energy_after_bits", bits(e1));

    uint64_t sum = 0;
    for (int i = 0; i < n; i++) {
        sum = bench_mix(sum, bits(bodies[i].x));
        sum = bench_mix(sum, bits(bodies[i].y));
        sum = bench_mix(sum, bits(bodies[i].z));
        sum = bench_mix(sum, bits(bodies[i].vx));
        sum = bench_mix(sum, bits(bodies[i].vy));
        sum = bench_mix(sum, bits(bodies[i].vz));
    }
    print_result("nbody.state_checksum", sum);
    return 0;
}
