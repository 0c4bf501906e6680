import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary of session 39 from breadth (#12, #13): tools of the infrastructure, testing, data and
// systems space that a posting may offer as alternatives and the taxonomy lacked, taken from public
// vocabularies (CNCF, HPC schedulers, profilers, test frameworks), not from labelled postings.
// Every sentence here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('new tools', () => {
  it('JVM mocking libraries beside Mockito', () => {
    expect(req('You have written tests with PowerMock, EasyMock or JMockit.')).toEqual(expect.arrayContaining(['powermock', 'easymock', 'jmockit']));
  });

  it('C++ test frameworks', () => {
    expect(req('Unit tests in GoogleTest (gtest) or Catch2.')).toEqual(expect.arrayContaining(['googletest', 'catch2']));
  });

  it('infrastructure test tools', () => {
    expect(req('Test modules with Terratest, Serverspec or InSpec.')).toEqual(expect.arrayContaining(['terratest', 'serverspec', 'inspec']));
  });

  it('databases and grids', () => {
    expect(req('Experience with Sybase ASE, RethinkDB or OrientDB.')).toEqual(expect.arrayContaining(['sybase', 'rethinkdb', 'orientdb']));
  });

  it('operating systems and kernel interfaces', () => {
    expect(req('Systems work on illumos or ChromeOS; io_uring a plus.')).toEqual(expect.arrayContaining(['illumos', 'chromeos', 'io-uring']));
  });

  it('schedulers and clusters', () => {
    expect(req('Ran batch jobs on HTCondor or Grid Engine.')).toContain('hpc');
    expect(req('Operated Apache Mesos or DC/OS clusters.')).toContain('apache-mesos');
    expect(req('Built clusters with kubeadm, kOps or Kubespray.')).toContain('kubernetes');
  });

  it('profilers and debuggers', () => {
    expect(req('Find hot paths with pprof, async-profiler or VTune.')).toContain('performance-optimization');
    expect(req('Chase memory bugs with Valgrind and ASan.')).toContain('debugging');
  });

  it('Rust front ends, a Go network library and cloud services', () => {
    expect(req('Front ends in Leptos or Dioxus.')).toEqual(expect.arrayContaining(['leptos', 'dioxus']));
    expect(req('Graph analysis in NetworkX.')).toContain('networkx');
    expect(req('Familiar with Google App Engine and Amazon Kendra.')).toEqual(expect.arrayContaining(['google-app-engine', 'amazon-kendra']));
  });

  it('streaming and integration', () => {
    expect(req('Stream jobs on Apache Samza or Bytewax.')).toContain('stream-processing');
    expect(req('Integration routes in Apache Camel or WSO2.')).toEqual(expect.arrayContaining(['apache-camel', 'wso2']));
  });
});

describe('guards on names that are also words', () => {
  it('Spock is the Groovy test framework beside the JVM stack, not the character', () => {
    expect(req('Write specs in Spock for our Groovy and Java services.')).toContain('spock');
    expect(skills('Our team mascot is a cardboard Spock by the coffee machine.')).not.toContain('spock');
  });

  it('Yew is the Rust framework beside Rust, not the tree', () => {
    expect(req('Build the web client in Rust with Yew.')).toContain('yew');
    expect(skills('The office garden has a Yew hedge and two benches.')).not.toContain('yew');
  });

  it('Molecule tests Ansible roles; a molecule in chemistry is no tool', () => {
    expect(req('Cover every Ansible role with Molecule tests.')).toContain('ansible-molecule');
    expect(skills('Our chemists screen each Molecule against a protein target.')).not.toContain('ansible-molecule');
  });

  it('AWS services named without their prefix keep their case', () => {
    expect(req('Keep credentials in Secrets Manager and config in Parameter Store on AWS.')).toEqual(expect.arrayContaining(['aws-secrets-manager', 'aws-systems-manager']));
    expect(skills('You will be our password and secrets manager for the launch party.')).not.toContain('aws-secrets-manager');
  });

  it('PyG (PyTorch Geometric) is PyTorch, which implies deep learning; CANopen is a fieldbus', () => {
    // (PyTorch Geometric was first written as deep learning's alias: the longer form then hid "PyTorch" in "with PyTorch
    // Geometric", a line test/unit/resume-lines.test.ts labels as showing PyTorch.)
    expect(req('Graph models built with PyG.')).toContain('pytorch');
    expect(req('Trained graph neural networks with PyTorch Geometric.')).toEqual(expect.arrayContaining(['pytorch', 'deep-learning']));
    expect(req('Firmware speaking CANopen to motor drives.')).toContain('device-drivers');
  });
});

describe('second sweep: brokers, billing, authorization, backup and mail servers', () => {
  it('MQTT brokers are IoT work', () => {
    expect(req('Run Mosquitto or EMQX brokers for the sensor fleet.')).toContain('iot');
  });

  it('billing platforms are payments work; core banking products are fintech', () => {
    expect(req('Integrate Chargebee, Recurly or Zuora for usage-based billing.')).toContain('payments');
    expect(req('Experience integrating with Temenos or Mambu.')).toContain('fintech');
  });

  it('authorization engines', () => {
    expect(req('Model permissions in SpiceDB, OpenFGA or Cerbos.')).toContain('authorization');
  });

  it('backup tools, mail servers, load balancers and certificates', () => {
    expect(req('Back up hosts with restic or BorgBackup.')).toContain('disaster-recovery');
    expect(req('Run Postfix and Dovecot for outbound and inbound mail.')).toContain('email-protocols');
    expect(req('Fail over with Keepalived and IPVS.')).toContain('load-balancing');
    expect(req('Automate certificates over the ACME protocol.')).toContain('pki');
  });

  it('batch scheduling and fleets on Kubernetes', () => {
    expect(req('Queue training jobs with Kueue or YuniKorn.')).toContain('kubernetes');
  });

  it('simulators, CAD and scene formats', () => {
    expect(req('Build test worlds in Webots or NVIDIA Omniverse.')).toContain('simulation');
    expect(req('Model parts in Creo or SolidWorks.')).toContain('cad');
    expect(req('Exchange scenes as OpenUSD.')).toContain('openusd');
  });

  it('backend services named as products', () => {
    expect(req('Generate the API with PostGraphile over Postgres.')).toEqual(expect.arrayContaining(['postgraphile', 'postgresql']));
    expect(req('Serve media through Cloudinary and auth through Appwrite.')).toEqual(expect.arrayContaining(['cloudinary', 'appwrite']));
  });
});

describe('third sweep: LLM tooling, test automation and mobile', () => {
  it('agent, scraping, fine-tuning and eval tools', () => {
    expect(req('Built agents with smolagents or Letta.')).toContain('agent-frameworks');
    expect(req('Crawl sites with Firecrawl or Crawlee.')).toContain('web-scraping');
    expect(req('Fine-tune open models with Axolotl or Unsloth.')).toContain('fine-tuning');
    expect(req('Track prompt quality in Opik or TruLens.')).toContain('llm-evaluation');
  });

  it('retrieval, parsing and training libraries', () => {
    expect(req('Late-interaction retrieval with ColBERT.')).toContain('information-retrieval');
    expect(req('Turn PDFs into chunks with Docling or LlamaParse.')).toContain('document-parsing');
    expect(req('Shard large models with FairScale or Colossal-AI.')).toContain('distributed-training');
  });

  it('test automation suites, linters and mobile tooling', () => {
    expect(req('Automate UI checks in Katalon or Mabl.')).toContain('end-to-end-testing');
    expect(req('Keep Kotlin clean with Detekt and ktlint.')).toContain('static-analysis');
    expect(req('Ship builds through Expo EAS and watch Crashlytics.')).toEqual(expect.arrayContaining(['expo', 'firebase']));
  });
});

describe('fourth sweep: the Hadoop ecosystem, lakehouse catalogs', () => {
  it('Hadoop distributions and services', () => {
    expect(req('Ran Hortonworks clusters managed with Ambari, jobs on YARN and Tez.')).toContain('hadoop');
  });

  it('YARN in capitals is Hadoop beside data tools; Yarn the package manager is not', () => {
    expect(req('Tune Spark jobs on YARN.')).toContain('hadoop');
    expect(skills('Install packages with Yarn and build with Vite.')).not.toContain('hadoop');
    expect(skills('KNIT WITH US: FREE YARN AT THE FRIDAY SOCIAL.')).not.toContain('hadoop');
  });

  it('lakehouse table formats and catalogs', () => {
    expect(req('Tables in Apache Paimon with a Project Nessie catalog.')).toContain('data-lake');
  });
});

describe('fifth sweep: robotics software', () => {
  it('ROS tools, SLAM back ends, planners and autopilot links', () => {
    expect(req('Debug robots with RViz and rosbag replays; Nav2 a plus.')).toContain('ros');
    expect(req('Factor-graph SLAM with GTSAM or g2o.')).toContain('slam');
    expect(req('Sampling-based planning with OMPL.')).toContain('motion-planning');
    expect(req('Drive the vehicle stack on Autoware.')).toContain('autonomous-vehicles');
    expect(req('Talk to flight controllers over MAVLink.')).toContain('drones');
  });

  it('DDS beside robots or embedded work is the middleware; a DDS degree is not', () => {
    expect(req('Tune DDS QoS for ROS 2 nodes on embedded Linux.')).toContain('dds');
    expect(req('Experience with Cyclone DDS or RTI Connext.')).toContain('dds');
    expect(skills('Our head of clinical affairs holds a DDS from a dental school.')).not.toContain('dds');
  });
});
